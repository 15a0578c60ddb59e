# package require finding packages on disk: pkgIndex.tcl files in auto_path
# directories and their subdirectories, and Tcl modules (name-version.tm)
# under the tcl::tm::path roots. The fixtures are in package-files/.
proc t {script} {
    set c [catch {uplevel 1 $script} m]
    puts "$script => $c {$m}"
    switch $c 1 {puts "  errorCode: $::errorCode"}
}
# (in tclsh the module commands are loaded on first use, from the library's tclIndex)
tcl::tm::path list
set here [string range $argv0 0 [string last / $argv0]]package-files
# search only our fixtures: no system directories, no system modules
set auto_path [list $here/lib1 $here/lib2]
tcl::tm::path remove {*}[tcl::tm::path list]
set indexes {}

puts "-- pkgIndex.tcl search"
t {package unknown}
t {package require top}
t {top}
t {lsort $indexes}
t {info exists leaked}
t {package versions alpha}
t {package require alpha}
t {set alpha_from}
t {lsort [package versions alpha]}
t {package require beta}
t {package versions beta}
t {package require broken}
t {package require gamma}
t {lsort [lsearch -all -inline $auto_path *lib*]}
t {package require -exact alpha 1.1}
set indexes {}
t {package require nosuch}
t {package require nosuch 1.2}
t {lsort $indexes}

puts "-- the first auto_path directory wins"
package forget alpha
set auto_path [list $here/lib1 $here/lib2]
t {package require -exact alpha 1.1}
t {set alpha_from}
package forget alpha
set auto_path [list $here/lib2 $here/lib1]
t {package require -exact alpha 1.1}
t {set alpha_from}
t {package require alpha 0.9}

puts "-- no auto_path"
unset auto_path
t {package require nowhere}
set auto_path {}

puts "-- tcl::tm::path"
t {tcl::tm::path list}
t {tcl::tm::path}
t {tcl::tm::path foo}
t {tcl::tm::path list x}
t {tcl::tm::path add}
t {tcl::tm::path remove}
t {tcl::tm::path add /a/b /c}
t {tcl::tm::path list}
t {tcl::tm::path add /a}
t {tcl::tm::path add /a/b/c}
t {tcl::tm::path add /a/b}
t {tcl::tm::path list}
t {tcl::tm::path remove /a/b /zz}
t {tcl::tm::path l}
t {tcl::tm::path remove /c}
t {tcl::tm::list}
t {tcl::tm::list x}
t {tcl::tm::add /x /y}
t {tcl::tm::list}
t {tcl::tm::remove /x /y}
t {tcl::tm::roots}
t {tcl::tm::roots a b}
t {tcl::tm::roots /r}
t {tcl::tm::list}
t {tcl::tm::path remove {*}[tcl::tm::path list]}
t {::tcl::tm::UnknownHandler}
t {::tcl::tm::UnknownHandler {} foo}
t {::tclPkgUnknown}

puts "-- modules"
t {tcl::tm::path add $here/tm2 $here/tm}
t {llength [tcl::tm::path list]}
t {package require mod}
t {set mod_loaded}
t {lsort [package versions mod]}
t {package require other}
t {set other}
t {package versions bad}
t {package require ns::sub}
t {ns::sub::hello}
t {package require ns::other}
package forget mod
t {package require mod 1.3}
t {set mod_loaded}
package forget mod
t {package require -exact mod 1.2}
t {set mod_loaded}
t {package require mod 2}
package forget mod
package prefer latest
t {package require mod}
t {set mod_loaded}
