# init.tcl --
#
# Run by every new tcl4j interpreter after the variables (tcl_library,
# auto_path, tcl_platform, env, ...) and the loading commands (source,
# package, unknown, auto_load, tclPkgUnknown, tcl::tm::*) are in place;
# those are written in Java for speed. What is left here are the small
# library procedures scripts expect to find in any tclsh.
#
# Keep this file short: it runs for every interpreter.

package require -exact Tcl 8.6.13

# tclLog --
#	Reports a problem of the library (an unreadable package index, ...).
#	Applications may redefine it.
proc tclLog {string} {
    catch {puts stderr $string}
}

# parray --
#	Prints the elements of an array, sorted by name, values aligned.
proc parray {a {pattern *}} {
    upvar 1 $a arr
    if {![array exists arr]} {
	return -code error "\"$a\" isn't an array"
    }
    set names [lsort [array names arr $pattern]]
    set width 0
    foreach name $names {
	set label "$a\($name\)"
	if {[string length $label] > $width} {
	    set width [string length $label]
	}
    }
    foreach name $names {
	puts stdout [format "%-*s = %s" $width "$a\($name\)" $arr($name)]
    }
}

# auto_import --
#	Called by [namespace import]: loads the commands of auto_index that
#	the pattern names and that do not exist yet.
proc auto_import {pattern} {
    global auto_index
    if {![string match *::* $pattern]} {
	return
    }
    set ns [uplevel 1 [list ::namespace current]]
    set patterns [auto_qualify $pattern $ns]
    auto_load_index
    foreach pattern $patterns {
	foreach name [array names auto_index $pattern] {
	    if {[namespace which -command $name] eq ""
		    && [namespace qualifiers $pattern] eq [namespace qualifiers $name]} {
		namespace eval :: $auto_index($name)
	    }
	}
    }
}
