set lib /usr/share/tcltk/tcl8.6/tcl8/http-2.9.8.tm
if {![file exists $lib]} { puts "skipped: $lib is not installed (apt-get install tcl8.6)"; return }
# Tcl's own http module, unmodified, fetching from a server written in Tcl on 127.0.0.1.
source $lib
proc accept {chan addr port} {
    fconfigure $chan -translation crlf
    fileevent $chan readable [list req $chan]
}
proc req {chan} {
    if {[gets $chan line] < 0} { if {[eof $chan]} {close $chan}; return }
    if {$line ne ""} { return }
    set body "hello from tcl"
    puts $chan "HTTP/1.0 200 OK"
    puts $chan "Content-Type: text/plain"
    puts $chan "Content-Length: [string length $body]"
    puts $chan ""
    fconfigure $chan -translation binary
    puts -nonewline $chan $body
    close $chan
}
set srv [socket -server accept -myaddr 127.0.0.1 0]
set port [lindex [fconfigure $srv -sockname] 2]
set tok [http::geturl http://127.0.0.1:$port/x -timeout 5000]
puts [http::status $tok]:[http::ncode $tok]:[http::data $tok]
http::cleanup $tok
close $srv
