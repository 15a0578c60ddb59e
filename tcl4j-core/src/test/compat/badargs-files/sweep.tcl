# Shared by the badargs-*.tcl compat scripts: call commands wrongly and print
# what catch gives (code, message and errorCode), which must be tclsh's.

# t cmd ?arg ...?: one call, made at global level with exactly these words.
proc t {args} {
    set rc [catch {uplevel #0 $args} msg]
    if {$rc == 1} {
        puts "[list $args] -> 1 [list $msg] [list $::errorCode]"
    } else {
        puts "[list $args] -> $rc"
    }
}

# Argument lists that are wrong for almost every command: none, far too
# many, unknown options and names, and non-numbers where numbers go.
set wrong {{} {x x x x x x x x x x x x} -bogus bogus {bogus bogus} {-bogus bogus}
    {bogus -bogus} {1 bogus} {1 2 bogus} {bogus 1 2}}

# Pairs and triples of a name, a list, an integer, a double and an option.
set mixed {}
foreach a {abc {a 1} 2 1.5 -bogus} {
    lappend mixed [list $a]
}
foreach a {abc {a 1} 2 1.5 -bogus} {
    foreach b {abc {a 1} 2 1.5 -bogus} {
        lappend mixed [list $a $b]
    }
}
foreach a {abc 2 1.5 -bogus} {
    foreach b {abc 2 1.5 -bogus} {
        foreach c {abc 2 1.5 -bogus} {
            lappend mixed [list $a $b $c]
        }
    }
}

# sweep cmd ?word ...?: the command (or subcommand) with every wrong and mixed list.
proc sweep {args} {
    foreach a [concat $::wrong $::mixed] {
        t {*}$args {*}$a
    }
}

# few cmd ?word ...?: only no arguments and too many, for commands whose
# other wrong calls would wait, write files or change the interpreter.
proc few {args} {
    t {*}$args
    t {*}$args {*}[lrepeat 12 x]
}
