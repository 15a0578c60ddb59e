# fcopy and encodings, as tclsh decides: bytes are read undecoded when the
# input is binary or both channels share an encoding (then -size and the
# count are in bytes), and written unencoded when the output is binary or
# shares the input's encoding (characters then go out as UTF-8); a binary
# input copied to another encoding is read as UTF-8 text. Output
# translation always applies. (Tcl's http package copies a binary socket
# into the user's -channel this way.) Only well-formed UTF-8 is used: tclsh
# 8.6.13 fails on some malformed input.
proc mk {bytes} { set f [open in.bin wb]; puts -nonewline $f $bytes; close $f }
proc t {name bytes inopts outopts args} {
    mk $bytes
    set i [open in.bin r]; fconfigure $i {*}$inopts
    set o [open out.bin w]; fconfigure $o {*}$outopts
    if {[catch {fcopy $i $o {*}$args} n]} { set n "error: $n" }
    close $i; close $o
    set f [open out.bin rb]; binary scan [read $f] cu* b; close $f
    puts "$name: n=$n out=$b"
}
t bin-to-utf8 "a\xc3\xa9\nb" {-translation binary} {-encoding utf-8 -translation lf}
t bin-to-utf8-crlf "a\xc3\xa9\nb\n" {-translation binary} {-encoding utf-8 -translation crlf}
t bin-to-latin1 "a\xc3\xa9\nb" {-translation binary} {-encoding iso8859-1 -translation lf}
t bin-to-latin1-crlf "a\xc3\xa9\nb" {-translation binary} {-encoding iso8859-1 -translation crlf}
t bin-to-utf8-size "a\xc3\xa9\xc3\xa9b\n" {-translation binary} {-encoding utf-8 -translation lf} -size 3
t bincrlf-to-utf8 "a\xc3\xa9\r\nb" {-translation {binary crlf}} {-encoding utf-8 -translation lf}
t bin-eof "ab\x1acd" {-encoding binary -eofchar \x1a} {-encoding utf-8}
t bin-bin-crlf "ab\ncd\r\n" {-translation binary} {-translation crlf -encoding binary}
t same-utf8 "a\xc3\xa9\r\nb\n" {-encoding utf-8 -translation crlf} {-encoding utf-8 -translation lf}
t same-utf8-auto "a\xc3\xa9\r\nb\n" {-encoding utf-8} {-encoding utf-8 -translation lf}
t same-utf8-lf "a\xc3\xa9\nb\n" {-encoding utf-8 -translation lf} {-encoding utf-8 -translation lf}
t same-utf8-size "a\xc3\xa9\xc3\xa9\xc3\xa9b\n" {-encoding utf-8 -translation lf} {-encoding utf-8 -translation lf} -size 3
t same-latin1 "a\xe9\r\nb\n" {-encoding iso8859-1 -translation crlf} {-encoding iso8859-1 -translation crlf}
t utf8-to-latin1 "a\xc3\xa9\nb\n" {-encoding utf-8 -translation lf} {-encoding iso8859-1 -translation lf}
t utf8-to-bin "a\xc3\xa9\nb\n" {-encoding utf-8 -translation lf} {-translation binary}
t utf8-to-bin-size "a\xc3\xa9\xc3\xa9b\n" {-encoding utf-8 -translation lf} {-translation binary} -size 3
t latin1-to-bin "a\xe9\nb" {-encoding iso8859-1 -translation lf} {-translation binary}
t latin1-to-bin-crlf "a\xe9\nb" {-encoding iso8859-1 -translation lf} {-encoding binary -translation crlf}
t latin1-to-utf8 "a\xe9\nb" {-encoding iso8859-1 -translation lf} {-encoding utf-8 -translation lf}

# the same through a background copy of a socket, as http does
set srv [socket -server {apply {{c a p} {
    fconfigure $c -translation binary
    puts -nonewline $c "caf\xc3\xa9 \xe2\x82\xac\nend\n"
    close $c
}}} -myaddr 127.0.0.1 0]
set s [socket 127.0.0.1 [lindex [fconfigure $srv -sockname] 2]]
fconfigure $s -translation {binary crlf}
set o [open out.bin w]
fconfigure $o -encoding utf-8 -translation crlf
fcopy $s $o -command {apply {{n args} { set ::done [list $n {*}$args] }}}
vwait done
close $s; close $o; close $srv
set f [open out.bin rb]; binary scan [read $f] cu* b; close $f
puts "socket: $done out=$b"
