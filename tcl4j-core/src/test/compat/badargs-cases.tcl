# Common mistakes, one call each, answer as tclsh does: bad formal parameters,
# wrong index words, dicts that are no dicts, options missing their values,
# malformed if/switch/try/return, bad channels, paths and packages.
source [file join [file dirname $argv0] badargs-files sweep.tcl]
proc p1 {a {b 2} args} {}
proc p2 {a b} {}
set L {a b c}
array set A {x 1}
set S scalar
foreach c {
  {proc p {{}} {}} {proc p {{a b c}} {}} {proc p {a a} {}} {proc p {{a 1 2}} {}} {proc p {a(1)} {}} {proc p {x::y} {}} {proc ::nons::p {} {}}
  {p1} {p2 1} {p2 1 2 3} {apply x} {apply {{x} {}}} {apply {{x} {} ::bogus} 1} {apply {{} {} {}} 1} {apply {a b c d}}
  {lindex $L 1 bogus} {lindex {a {b c}} 1 5 bogus} {lset L 7 x} {lset L bogus x} {lset L 0 0 0 x} {lset nov 0 x}
  {incr A(y)} {incr A} {incr S} {append A x} {lappend A x} {set A} {set S(1) x} {array set S {a 1}} {array get S}
  {array set A {a}} {unset nov} {unset A(nov)} {unset -nocomplain} {unset -bogus nov}
  {string index abc end+bogus} {string range abc 0 end-} {lrange $L 0 end--1} {lrange $L 0x 1}
  {dict get {a 1} b} {dict get {a 1 b} a} {dict set S a 1} {dict incr S a} {dict lappend S a x} {dict append S a x} {dict unset S a}
  {dict update S a} {dict with S} {dict for {k} {a 1} {}} {dict for {k v w} {a 1} {}} {dict map {k} {a 1} {}} {dict filter {a 1} key} {dict filter {a 1} script {k} {}}
  {dict create a} {dict replace {a 1} b} {dict remove {a 1 b} a} {dict merge {a 1} b} {dict exists {a 1 b} a} {dict keys {a 1} b c} {dict size {a}} {dict info {a}}
  {foreach {} {a b} {}} {foreach x {} y} {lmap {} {a} {}} {lassign} {lassign {a b}} {lrepeat -1 a} {lrepeat 1} {lsort -index 1 {a b}} {lsort -index 5 {{a b}}} {lsort -stride 2 {a b c}} {lsort -stride 0 {a b}} {lsort -stride 2 -index 2 {a b c d}}
  {lsearch -index 1 {a b} x} {lsearch -start 5 {a b} x} {lsearch -bisect -all {a} a} {lsearch -inline -not} {lreplace $L 5 6 x} {linsert $L bogus x} {join {a b} x y} {split}
  {format %d} {format %q 1} {format %*d 1} {format %1\$d %2\$d 1} {scan abc %d x y} {scan abc %q} {scan abc %1\$d %d} {scan 12 %d%n}
  {regexp {(} x} {regexp -bogus} {regsub {(} x y} {regsub -all a b}
  {string repeat x -1} {string repeat x 99999999999999} {string map {a} x} {string map {a b c} x} {string is bogus x} {string wordend x bogus}
  {encoding convertto bogus x} {encoding convertfrom} {binary format a} {binary format a* } {binary format i bogus} {binary scan x i} {binary scan x q v} {binary format @-1} {binary format x1.5}
  {expr} {expr 1 +} {expr {1/0}} {expr {bogus}} {expr {"a" + 1}} {expr {1 <<  -1}} {expr {int(1e999)}}
  {rename nocmd x} {rename p1 p2} {info args nocmd} {info body set} {info default p1 nox v} {info default p1 b A}
  {namespace eval} {namespace delete ::nons} {namespace children ::nons} {namespace parent ::nons} {namespace origin nocmd} {namespace export -clear -bogus} {namespace which -bogus x} {namespace which -variable}
  {trace add variable x bogus {}} {trace add command nocmd delete {}} {trace add execution nocmd enter {}} {trace remove variable x write} {trace add variable x {} {}}
  {after cancel} {after info} {after 1.5} {after -1 {}}
  {chan configure stdout -bogus} {chan configure stdout -translation bogus} {chan configure stdout -encoding bogus} {chan configure stdout -eofchar {a b c}} {chan configure stdout -buffering} {fconfigure stdin -bogus}
  {puts -nonewline} {puts -nonewline stdout a b} {puts stdin x} {read stdout} {gets stdout} {seek stdin 0 bogus} {seek stdout bogus} {tell bogus} {close stdin bogus} {close stdout read}
  {clock format 0 -format} {clock format 0 -timezone bogus} {clock scan bogus} {clock scan 1 -format %Q} {clock add 0 1 bogus} {clock clicks -mi}
  {file join} {file split} {file extension} {file stat x} {file stat . } {file lstat nofile v} {file readlink nofile} {file size nofile} {file type nofile} {file normalize} {file system nofile} {file separator bogus}
  {package require} {package require -exact x} {package require x 1.x} {package vsatisfies 1 x} {package vcompare a b} {package provide x 1.x} {package ifneeded x} {package present nopkg}
  {zlib compress x 10} {zlib compress x bogus} {zlib decompress x} {zlib inflate x} {zlib gunzip x} {zlib stream bogus} {zlib crc32 x bogus} {zlib adler32 x y z}
  {interp eval {} } {interp alias {} nocmd {} set x} {interp delete {}} {interp target {} nocmd} {interp issafe bogus} {interp children bogus}
  {coroutine c1 set} {coroutine} {yield} {yieldto} {yieldto set} {info coroutine x}
  {throw} {throw {} msg} {throw a} {error} {error a b c d} {return -code bogus} {return -level -1} {return -options bogus} {return -options {a}}
  {try {} on bogus {}} {try {} on error} {try {} trap} {try {} finally} {try {} finally a b} {try {} on error {a b c} {}} {try {} on 7 x {}}
  {catch} {catch {} a b c} {if} {if 1} {if 1 then} {if 1 {} else} {if 1 {} elseif} {if 1 {} bogus {}} {if bogus {}} {if {} {}}
  {switch a} {switch a {}} {switch -regexp a {(} {}} {switch a {b}} {switch -- } {switch -exact -- a b c d}
  {subst -bogus x} {eval} {uplevel} {upvar} {global a b} {variable} {time} {time {} bogus} {time {} 1.5}
  {exec} {exec -- } {exec echo <} {exec echo >} {exec echo | } {exec nosuchprog_xyz} {pid bogus} {open} {open nofile} {open nofile r bogus} {source} {source nofile} {cd nodir} {cd /etc/passwd}
  {socket} {socket -bogus} {socket -server} {socket -myport bogus h 1} {socket -async} {socket h bogus}
  {vwait} {vwait a b} {update bogus} {update idletasks x}
} { t {*}[subst -nocommands $c] }
# formal parameters and lambda namespaces
foreach c {{proc p {{a(1) 2}} {}} {apply {{a(1)} {}} 1} {apply {{x} {} bogus} 1} {apply {{x} {} ::} 1}} {
    t {*}$c
}
# if checks its whole shape before it runs the chosen body, after the conditions it evaluated
foreach c {{if 1 {puts hi} else} {if 0 {puts hi} elseif} {if 0 {} elseif 1 {puts x} else} {if 1 {puts hi} bogus {}}
        {if 1 then} {if 1 then {puts a} else {puts b} c} {if 0 {} elseif 1 then} {if bogus} {if 0 {} elseif bogus}} {
    t {*}$c
    set rc [catch $c m]
    puts "compiled: $c -> $rc $m"
}
foreach c {{namespace children nons} {namespace children ::a::b} {switch a {}} {switch -- a {}}} {
    t {*}$c
}
