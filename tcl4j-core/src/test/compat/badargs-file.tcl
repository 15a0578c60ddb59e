# Every file subcommand called with wrong arguments answers as tclsh does. The
# subcommands that create, delete or move files get only argument-count checks.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

sweep file
foreach sub {atime attributes channels dirname executable exists extension isdirectory isfile
        join lstat mtime nativename normalize owned pathtype readable readlink rootname
        separator size split stat system tail type volumes writable} {
    sweep file $sub
}
foreach sub {copy delete link mkdir rename tempfile} {
    few file $sub
}
# copying or renaming several files into something that is not a directory
t file copy x y z
t file rename -force x y z
t file copy -bogus x y
t file delete -bogus x
