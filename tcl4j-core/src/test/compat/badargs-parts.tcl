# The commands behind the built-in ensembles (::tcl::dict::get, ::tcl::file::join,
# ...) exist as in tclsh and name themselves in wrong # args; also through
# qualified names (::set, ::string length).
source [file join [file dirname $argv0] badargs-files sweep.tcl]
foreach e {array binary chan clock dict encoding file info namespace} {
    foreach c [lsort [info commands ::tcl::${e}::*]] {
        if {![string is lower [namespace tail $c]] || [namespace tail $c] eq "getenv"} continue
        # only a count check for those that would read stdin, make files or change settings
        if {[namespace tail $c] in {pipe create gets read tempfile mkdir delete copy rename link dirs system
                unknown script}} {
            t $c {*}[lrepeat 12 x]
            continue
        }
        t $c
        t $c {*}[lrepeat 12 x]
        t $c bogus
        t $c -bogus abc
    }
}
foreach c {set ::set ::string {::string length} ::tcl::string::length ::tcl::dict::get {::dict get} ::lindex ::incr ::array {::array get} ::tcl::array::get ::info {::info args} ::tcl::info::args ::namespace {::namespace eval} ::tcl::namespace::eval ::chan ::tcl::chan::puts ::clock ::file ::tcl::file::join ::encoding ::tcl::encoding::convertto ::binary ::tcl::binary::format ::zlib ::interp ::trace ::package} {
    t {*}$c
    t {*}$c {*}[lrepeat 12 x]
}
