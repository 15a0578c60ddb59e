# Ensembles made with namespace ensemble, each option given good and bad
# values, then called wrongly; and every string is class with wrong words.
# (Not here: -subcommands naming missing commands, which tclsh reports with
# the words of the outer ensemble.)
source [file join [file dirname $argv0] badargs-files sweep.tcl]
namespace eval E {
    namespace export a b
    proc a {} {return A}
    proc b {x} {return B$x}
}
set i 0
foreach opt {-command -map -namespace -parameters -prefixes -unknown} {
    foreach v {{} bogus {a b c} {a ::E::a b} 1.5 {{a b}} ::nons} {
        incr i
        t namespace eval E [list namespace ensemble create -command ::ens$i $opt $v]
        t ::ens$i
        t ::ens$i bogus
        t ::ens$i a
        t ::ens$i b
        t ::ens$i b 1 2
    }
}
foreach opt {-map -namespace -parameters -prefixes -subcommands -unknown} {
    foreach v {bogus {a b c} 1.5 {{a b}} ::nons} {
        t namespace ensemble configure ::ens1 $opt $v
        t ::ens1 a
    }
}
foreach cls {alnum alpha ascii boolean control digit double entier false graph integer list lower print punct space true upper wideinteger wordchar xdigit} {
    foreach a $::mixed {
        t string is $cls {*}$a
    }
}
