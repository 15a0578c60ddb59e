# The Tcl half of the tls package: tls::socket, tls::init and the reference
# callbacks of the manual. The Java half (tls::import, tls::handshake,
# tls::status, ...) is registered before this file is sourced.

namespace eval ::tls {
    # Defaults for tls::socket, set by tls::init.
    variable defaults {}
    # Verbosity of the reference callbacks below (see the manual's Debug section).
    variable debug 0

    # Options tls::socket hands to tls::import, each with a value.
    variable importOptions {
        -alpn -cadir -cafile -castore -cert -certfile -cipher -ciphers
        -ciphersuites -command -dhparams -key -keyfile -model -password
        -post_handshake -request -require -security_level -servername
        -session_id -ssl2 -ssl3 -tls1 -tls1.1 -tls1.2 -tls1.3
        -validatecommand -vcmd
    }
}

# tls::init ?-option value ...?
#   Remembers options that later tls::socket calls use unless they give
#   their own. The options are those of tls::socket.
proc ::tls::init {args} {
    variable defaults
    if {[llength $args] % 2} {
        return -code error "wrong # args: should be \"tls::init ?-option value ...?\""
    }
    foreach {opt value} $args {
        ::tls::CheckSocketOption $opt [expr {[dict exists $args -server] && [dict get $args -server] ne "0"}]
        dict set defaults $opt $value
    }
    return $defaults
}

# tls::socket ?options? host port
# tls::socket -server command ?options? port
#   A TCP socket with TLS stacked on it. Socket options (-async, -myaddr,
#   -myport) go to socket, -autoservername decides whether the host becomes
#   the -servername (the default unless -servername is given), and every
#   other option goes to tls::import.
proc ::tls::socket {args} {
    variable defaults
    set server [expr {[lsearch -exact $args -server] >= 0}]
    if {$server} {
        set usage "-server command ?options? port"
    } else {
        set usage "?options? host port"
    }
    set sopts {}
    set iopts {}
    set autoservername {}
    set callback {}
    set argc [llength $args]
    set positional [expr {$server ? 1 : 2}]
    if {$argc < $positional} {
        return -code error "wrong # args: should be \"tls::socket $usage\""
    }
    set options [concat $defaults [lrange $args 0 end-$positional]]
    for {set i 0} {$i < [llength $options]} {incr i} {
        set opt [lindex $options $i]
        ::tls::CheckSocketOption $opt $server
        if {$opt eq "-async"} {
            lappend sopts -async
            continue
        }
        if {$i + 1 >= [llength $options]} {
            return -code error "no argument given for $opt option"
        }
        set value [lindex $options [incr i]]
        switch -exact -- $opt {
            -server {set callback $value}
            -myaddr - -myport {lappend sopts $opt $value}
            -autoservername {
                if {![string is boolean -strict $value]} {
                    return -code error "expected boolean value but got \"$value\""
                }
                set autoservername $value
            }
            default {dict set iopts $opt $value}
        }
    }
    if {$server} {
        set port [lindex $args end]
        return [::socket -server [list ::tls::Accept $iopts $callback] {*}$sopts $port]
    }
    lassign [lrange $args end-1 end] host port
    if {![dict exists $iopts -servername] && ($autoservername eq "" || $autoservername)} {
        dict set iopts -servername $host
    }
    set chan [::socket {*}$sopts $host $port]
    if {[catch {::tls::import $chan {*}$iopts} msg opts]} {
        catch {close $chan}
        return -options $opts $msg
    }
    return $chan
}

# Rejects an option tls::socket does not know, in TclTLS's words.
proc ::tls::CheckSocketOption {opt server} {
    variable importOptions
    set socketOptions [expr {$server ? {-myaddr -server} : {-async -myaddr -myport -server}}]
    if {$opt in $importOptions || $opt in $socketOptions || $opt eq "-autoservername"} {
        return
    }
    set all [lsort [concat $importOptions $socketOptions -autoservername]]
    set all [lsearch -all -inline -not -regexp $all {^-(ciphers|vcmd)$}]
    return -code error "bad option \"$opt\": must be one of [join [lrange $all 0 end-1] {, }], or [lindex $all end]"
}

# The accept callback of a tls::socket server: TLS goes on the new
# connection before the script's own callback sees it.
proc ::tls::Accept {iopts callback chan host port} {
    if {[catch {::tls::import $chan -server 1 {*}$iopts} msg opts]} {
        catch {close $chan}
        return -options $opts $msg
    }
    uplevel #0 [linsert $callback end $chan $host $port]
}

# Reference -command callback: logs what happens when tls::debug is set.
proc ::tls::callback {option args} {
    variable debug
    switch -- $option {
        error {
            lassign $args chan msg
            ::tls::Log 0 "TLS/$chan: error: $msg"
        }
        info {
            lassign $args chan major minor msg type
            ::tls::Log 2 "TLS/$chan: $major/$minor: $msg ($type)"
        }
        message {
            lassign $args chan direction version content_type msg
            ::tls::Log 3 "TLS/$chan: $direction $version $content_type: $msg"
        }
        session {
            lassign $args chan session_id ticket lifetime
            ::tls::Log 2 "TLS/$chan: new session, lifetime $lifetime"
        }
        default {
            return -code error "bad option \"$option\": must be error, info, message, or session"
        }
    }
}

# Reference -validatecommand callback: accepts what verification accepted,
# and everything when tls::debug is 1 or more.
proc ::tls::validate_command {option args} {
    variable debug
    switch -- $option {
        alpn - hello - sni {
            return 1
        }
        verify {
            lassign $args chan depth cert status error
            ::tls::Log 1 "TLS/$chan: verify/$depth: status=$status, error=$error"
            return [expr {$debug > 0 ? 1 : $status}]
        }
        default {
            return -code error "bad option \"$option\": must be alpn, hello, sni, or verify"
        }
    }
}

# Reference password callback: no password.
proc ::tls::password {{option password} {rwflag 0} {size 0}} {
    return ""
}

proc ::tls::Log {level message} {
    variable debug
    if {$debug >= $level} {
        puts stderr $message
    }
}
