# The channel commands called with wrong arguments answer as tclsh does.
# Reading stdin, making pipes or reflected channels get only argument counts.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep chan
foreach sub {blocked close configure copy eof event flush names pending pop postevent push
        puts seek tell truncate} {
    sweep chan $sub
}
foreach sub {create gets pipe read} {
    few chan $sub
}
foreach cmd {close eof fblocked fconfigure fcopy fileevent flush open pid puts seek tell} {
    sweep $cmd
}
foreach cmd {gets read socket} {
    few $cmd
}
# open: access modes and permissions
foreach a {{abc 2} {abc x} {abc rr} {abc r+b+} {abc {}} {abc {RDONLY FOO}} {abc w 1.5}
        {abc xyz 0644} {abc -r} {abc abc abc}} {
    t open {*}$a
}
# a real channel followed by wrong words (stderr: this script prints nothing
# there; not seek or truncate, whose answer depends on what stderr is)
foreach sub {blocked configure copy eof event flush pending postevent puts tell} {
    foreach a $::mixed {
        t chan $sub stderr {*}$a
    }
}
foreach cmd {eof fblocked fconfigure fcopy fileevent flush puts tell} {
    foreach a $::mixed {
        t $cmd stderr {*}$a
    }
}
foreach a $::mixed {
    t chan pending input {*}$a
    t chan configure stdout -translation {*}$a
}
