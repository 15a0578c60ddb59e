# Every package subcommand called with wrong arguments answers as tclsh does.
# package unknown only gets counts (a new handler would change every require).
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep package
foreach sub {forget ifneeded names prefer present provide require vcompare versions vsatisfies} {
    sweep package $sub
}
few package unknown
