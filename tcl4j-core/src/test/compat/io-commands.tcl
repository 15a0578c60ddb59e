# Argument checking and messages of the channel commands.
proc try {script} {
    set code [catch {uplevel 1 $script} msg]
    puts "$script => $code: $msg | $::errorCode"
}
set ::errorCode NONE
try {open}
try {open a b c d}
try {puts}
try {puts a b c d}
try {puts -nonewlin stdout x}
try {puts nosuch hello}
try {puts stdin x}
try {gets}
try {gets a b c}
try {gets stdout}
try {read}
try {read -nonewline}
try {read stdout}
try {read stdin foo}
try {read stdin -1}
try {read -nonewline stdin 3}
try {close}
try {close stdin foo}
try {close stdin read write}
try {eof}
try {eof nosuch}
try {flush nosuch}
try {flush stdin}
try {fblocked}
try {fblocked stdout}
try {tell}
try {seek}
try {seek stdin}
try {seek stdin 0 foo}
try {seek stdin x}
try {fconfigure}
try {fconfigure stdout -blocking 1 -buffering}
try {fconfigure stdout -translation foo}
try {fconfigure stdout -translation {a b c}}
try {fconfigure stdout -translation {}}
try {fconfigure stdout -buffering foo}
try {fconfigure stdout -blocking foo}
try {fconfigure stdout -encoding foo}
try {fconfigure stdout -buffersize foo}
try {fconfigure stdout -foo}
try {fconfigure stdout -foo 1}
try {fconfigure stdout -translation}
try {fconfigure stdout -buffering}
try {fconfigure stderr}
try {fconfigure stdout -eofchar}
try {fileevent}
try {fileevent stdin}
try {fileevent stdin foo}
try {fileevent stdin readable a b}
try {fileevent stdin writable x}
try {fileevent stdout readable x}
try {fileevent stdin readable}
try {fcopy}
try {fcopy stdin}
try {fcopy stdin stdout -foo}
try {fcopy stdin stdout -size}
try {fcopy stdin stdout -size x}
try {fcopy stdout stdin}
try {fcopy stdin stdin}
try {fcopy nosuch stdout}
try {socket}
try {socket -server}
try {socket -server foo}
try {socket -foo x 1}
try {socket 127.0.0.1 foo}
try {socket -server x -myaddr}
try {socket -async -server x 0}
try {socket -server x -async 0}
try {socket -myport foo 127.0.0.1 80}
try {socket -myaddr}
# buffer sizes are clamped, not refused
set f [open /tmp/tcl4j-io-cmd-[pid] w]
foreach size {1 0 -5 10000000 512} {
    fconfigure $f -buffersize $size
    puts "$size -> [fconfigure $f -buffersize]"
}
close $f
file delete /tmp/tcl4j-io-cmd-[pid]
