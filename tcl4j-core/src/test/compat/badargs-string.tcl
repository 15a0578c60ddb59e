# Every string subcommand called with wrong arguments answers as tclsh does:
# wrong # args, bad option, bad index, expected integer, with tclsh's errorCode.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep string
foreach sub {bytelength cat compare equal first index is last length map match range
        repeat replace reverse tolower totitle toupper trim trimleft trimright wordend wordstart} {
    sweep string $sub
}
# string is: every class with a bad option or too many words
foreach class {alnum alpha ascii boolean control digit double entier false graph integer list
        lower print punct space true upper wideinteger wordchar xdigit} {
    t string is $class
    t string is $class -bogus x
    t string is $class -strict -failindex
    t string is $class -strict -failindex v -strict x
}
