# init.tcl --
#
# Run by every new tcl4j interpreter after the variables (tcl_library,
# auto_path, tcl_platform, env, ...) and the loading commands (source,
# package, unknown, auto_load, tclPkgUnknown, tcl::tm::*) are in place;
# those are written in Java for speed. What is left here are the small
# library procedures scripts expect to find in any tclsh. Others (parray)
# are loaded on first use through tclIndex, as in tclsh.
#
# Keep this file short: it runs for every interpreter.

package require -exact Tcl 8.6.13

# tclLog --
#	Reports a problem of the library (an unreadable package index, ...).
#	Applications may redefine it.
proc tclLog {string} {
    catch {puts stderr $string}
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
