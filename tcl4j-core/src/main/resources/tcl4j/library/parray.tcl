# parray.tcl --
#
# Loaded on first use of parray (see tclIndex).

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
