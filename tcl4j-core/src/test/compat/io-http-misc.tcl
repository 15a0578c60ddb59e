set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified: charsets, -binary, -blocksize,
# -handler, -queryprogress, http::config, an error inside a -command
# callback (background error), and a corrupt gzip body into a -channel;
# against a server written in Tcl in this script.
source $lib
source [file join [file dirname [info script]] http-files server.tcl]
set port [srv::start]
set url http://127.0.0.1:$port

set words "caf\u00e9 na\u00efve \u00fcber"
proc srv::route/cs {chan close} {
    set cs [lindex [split $srv::req(path) ?] 1]
    set type text/plain
    if {$cs ne ""} { append type "; charset=$cs" }
    set enc [expr {$cs eq "" ? "iso8859-1" : [string map {iso-8859- iso8859- windows- cp} [string tolower $cs]]}]
    srv::respond $chan "200 OK" [list Content-Type $type] [encoding convertto $enc "$::words\r\nline 2\r\n"] $close
}
proc srv::route/echo {chan close} {
    srv::respond $chan "200 OK" {Content-Type text/plain} "got [string length $srv::req(body)] bytes" $close
}
proc srv::route/badgz {chan close} {
    srv::respond $chan "200 OK" {Content-Type application/octet-stream Content-Encoding gzip} "this is not gzip data at all" $close
}
proc srv::route/long {chan close} {
    srv::respond $chan "200 OK" {Content-Type text/plain} [string repeat "0123456789" 100] $close
}

# (the default -useragent names the OS version: not printed)
puts "config: [dict remove [lsort -stride 2 [http::config]] -useragent]"
http::config -useragent "test agent/1.0"
puts "useragent: [http::config -useragent]"
catch {http::config -nosuch 1} m; puts "config error: $m"

# charsets: text is decoded per the charset (iso8859-1 when none), CRLF becomes LF
foreach cs {{} utf-8 UTF-8 iso-8859-1 iso-8859-15 windows-1252} {
    set tok [http::geturl $url/cs?$cs -timeout 10000]
    upvar #0 $tok st
    puts "charset [list $cs]: [list $st(charset)] [expr {[http::data $tok] eq "$words\nline 2\n"}] [string length [http::data $tok]]"
    http::cleanup $tok
}
set tok [http::geturl $url/cs?utf-8 -binary 1 -timeout 10000]
binary scan [http::data $tok] cu* b
puts "-binary: [lrange $b 0 5]"
http::cleanup $tok

# -blocksize: the body is read in small pieces
set tok [http::geturl $url/long -blocksize 7 -timeout 10000]
puts "-blocksize 7: [http::status $tok] [string length [http::data $tok]]"
http::cleanup $tok

# -handler: the script reads the body itself (http uses HTTP/1.0 then)
proc handler {sock tok} {
    set d [read $sock 100]
    append ::handled $d
    return [string length $d]
}
set handled ""
set tok [http::geturl $url/long -handler handler -timeout 10000]
puts "-handler: [http::status $tok] handled [string length $handled] data [string length [http::data $tok]]"
http::cleanup $tok

# -queryprogress: called as the POST body goes out
set qp {}
set tok [http::geturl $url/echo -query [string repeat x 5000] -queryblocksize 1000 \
             -queryprogress {apply {{tok total sent} {lappend ::qp $total $sent}}} -timeout 10000]
puts "-queryprogress: [http::data $tok] last call [lrange $qp end-1 end]"
http::cleanup $tok

# an error in the -command callback becomes the token's error
proc failing {tok} { set ::failed $tok; error "callback failed" }
http::geturl $url/long -command failing -timeout 10000
vwait failed
puts "failing callback: [http::status $failed] [list [lindex [http::error $failed] 0]] [string length [http::data $failed]]"
http::cleanup $failed

# a corrupt gzip body copied into a -channel: fcopy's "invalid argument"
set f [open out.bin w]
set c [catch {http::geturl $url/badgz -channel $f -timeout 10000} tok]
close $f
if {$c} { puts "badgz: error [regsub {sock\w+} $tok SOCK]" } else { puts "badgz: [http::status $tok] [list [lindex [http::error $tok] 0]]"; http::cleanup $tok }

showlog
srv::stop
