# Each option of the commands that take options, given a bad value, a missing
# value or too few words after it, answers as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

# prefix, the words before the option, and the options (stderr, not stdout, gets
# configured: what a bad call does set must not change what this script prints)
foreach {prefix before options} {
    lsearch {} {-all -ascii -bisect -decreasing -dictionary -exact -glob -increasing -index -inline -integer -nocase -not -real -regexp -sorted -start -subindices}
    lsort {} {-ascii -command -decreasing -dictionary -increasing -index -indices -integer -nocase -real -stride -unique}
    regexp {} {-all -about -indices -inline -expanded -line -linestop -lineanchor -nocase -start --}
    regsub {} {-all -nocase -expanded -line -linestop -lineanchor -start --}
    source {} -encoding
    subst {} {-nobackslashes -nocommands -novariables}
    switch {} {-exact -glob -indexvar -matchvar -nocase -regexp --}
    unload {} {-nocomplain -keeplibrary --}
    {clock clicks} {} {-milliseconds -microseconds}
    {file attributes} abc {-group -owner -permissions}
    {string compare} {} {-nocase -length}
    {string equal} {} {-nocase -length}
    {string map} {} -nocase
    {string match} {} -nocase
    {interp invokehidden} abc {-global -namespace --}
    {clock format} 0 {-format -gmt -locale -timezone}
    {clock scan} 0 {-base -format -gmt -locale -timezone}
    {clock add} 0 {-gmt -locale -timezone}
    fconfigure stderr {-blocking -buffering -buffersize -encoding -eofchar -translation}
    {chan configure} stderr {-blocking -buffering -buffersize -encoding -eofchar -translation}
    {zlib stream} deflate {-dictionary -level}
} {
    foreach o $options {
        foreach after {{} bogus {bogus abc} {1.5 abc} {{} abc} {{a 1} abc def} {-1 abc def}} {
            t {*}$prefix {*}$before $o {*}$after
        }
    }
}
