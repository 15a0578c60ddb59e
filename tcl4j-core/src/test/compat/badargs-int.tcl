# int arguments read as Tcl_GetIntFromObj reads them: no octal hint, errorCode TCL VALUE INTEGER
foreach s {{string repeat x 08} {string repeat x abc} {info level 08} {info level abc} {proc p {} {info level 08}; p} {interp recursionlimit {} 08} {string range abc 08 1} {lrepeat 08 x}} {
  catch $s m o; puts "$s => $m | [dict get $o -errorcode]"
}
