# coroutine, yield, yieldto, info coroutine: results, codes, errors, deletion.
proc opts {o} {
    # the options without -errorstack (tclsh fills it with bytecode names)
    dict unset o -errorstack
    return $o
}
proc gen {n} {
    yield [info coroutine]
    for {set i 0} {$i < $n} {incr i} { yield $i }
    return done
}
puts [coroutine c1 gen 3]
puts [c1]; puts [c1]; puts [c1]; puts [c1]
puts "exists: [info commands c1]"
catch {c1} msg o; puts "$msg / [dict get $o -errorcode]"
# yield and yieldto outside a coroutine
catch {yield} msg o; puts "$msg / [dict get $o -errorcode]"
catch {yield 1 2} msg o; puts "$msg / [dict get $o -errorcode]"
catch {yieldto list} msg o; puts "$msg / [dict get $o -errorcode]"
catch {yieldto} msg o; puts "$msg / [dict get $o -errorcode]"
proc p {} { yield x }
catch {p} msg o; puts "$msg / [dict get $o -errorcode]"
puts $::errorInfo
puts "outside: <[info coroutine]>"
# errors after a resume and before the first yield
proc bad {} { yield 1; error boom }
coroutine c2 bad
catch {c2} msg o; puts "$msg / [dict get $o -errorcode]"; puts [dict get $o -errorinfo]
puts "c2 left: <[info commands c2]>"
proc bad0 {} { error early E0 CODE0 }
catch {coroutine c3 bad0} msg o; puts "$msg / [dict get $o -errorcode]"; puts [dict get $o -errorinfo]
puts "c3 left: <[info commands c3]>"
proc l3 {} { error deep }
proc l2 {} { yield; l3 }
proc l1 {} { l2 }
coroutine e1 l1
catch {e1} m o; puts [dict get $o -errorinfo]
proc two {a b} { yield }
catch {coroutine tw two 1} m o; puts $m; puts [dict get $o -errorinfo]
puts "tw left: <[info commands tw]>"
# a body that returns at once
puts [coroutine c4 apply {{} {return imm}}]
puts "c4 left: <[info commands c4]>"
# values passed in on resume
proc acc {} { set t 0; while 1 { set v [yield $t]; incr t $v } }
coroutine a acc
puts [a 5]; puts [a 7]
catch {a 1 2} msg o; puts "$msg / [dict get $o -errorcode]"
rename a {}
puts "a left: <[info commands a]>"
proc lst {} { set x [yield]; return [llength $x] }
coroutine ls1 lst
puts [ls1 {a b c}]
# deleting a suspended coroutine does not run its catch, try or finally scripts
proc del {} { try { yield 1; yield 2 } finally { puts "finally ran" } }
coroutine d del
rename d {}
puts "after rename d"
proc del2 {} { catch {yield 1} m; puts "caught $m"; return x }
coroutine d2 del2
rename d2 {}
puts "after rename d2"
proc del3 {} { set v 1; trace add variable v unset {apply {args {puts "unset v <[info coroutine]>"}}}; yield 1 }
coroutine d3 del3
rename d3 {}
puts "after rename d3"
# a coroutine deleting itself
proc sd {} { yield 1; rename [info coroutine] {}; return gone }
coroutine s1 sd
puts [s1]
puts "s1 left: <[info commands s1]>"
# renamed while suspended
proc rn {} { while 1 { yield [info coroutine] } }
coroutine r1 rn
rename r1 r2
puts [r2]
namespace eval q {}
rename r2 q::r3
puts [q::r3]
rename q::r3 {}
# a name already in use is replaced
proc z {} { yield }
coroutine zz z
catch {coroutine zz z} msg; puts "<$msg> [info commands zz]"
catch {coroutine} msg o; puts "$msg / [dict get $o -errorcode]"
catch {coroutine x} msg o; puts "$msg / [dict get $o -errorcode]"
catch {coroutine x nosuchcmd} msg o; puts "$msg / [dict get $o -errorcode]"
puts "x left: <[info commands x]>"
# procs that yield, called from the coroutine's body
proc inner {x} { yield "inner $x"; return "ret $x" }
proc outer {} { set r [inner a]; yield $r; return end }
puts [coroutine o outer]; puts [o]; puts [o]
# yield inside catch, eval, uplevel, loops
proc yc {} { catch { yield in-catch } m; yield "after catch $m"; eval {yield in-eval}; uplevel 1 {yield in-uplevel}; return last }
puts [coroutine y1 yc]
puts [y1 a]; puts [y1]; puts [y1]; puts [y1]
proc yl {} { foreach x {a b c} { if {[yield $x] eq "stop"} break }; return stopped }
puts [coroutine y2 yl]; puts [y2]; puts [y2 stop]
# tailcall and nested coroutines
proc tc {} { yield 1; tailcall list tail called }
coroutine t1 tc
puts [t1]
puts "t1 left: <[info commands t1]>"
proc innerco {} { yield i1; yield i2 }
proc outerco {} { coroutine ::ic innerco; yield [ic]; yield [info coroutine] }
puts [coroutine oc outerco]; puts [oc]; puts "<[ic]>"
# a running coroutine cannot be resumed
proc rec {} { yield; rc }
coroutine rc rec
catch {rc} msg o; puts "$msg / [dict get $o -errorcode]"
# levels, frames and namespaces: the command is found where coroutine runs, but runs at level #0
proc ic2 {} { return [info coroutine] }
proc icw {} { yield [ic2] }
puts [coroutine ::ns1 icw]
namespace eval foo { proc g {} { yield [info coroutine] } }
puts [namespace eval foo {coroutine cc g}]
puts [info commands ::foo::cc]
proc lv {} { yield [info level]; yield [info level 0] }
puts [coroutine lvc lv]; puts [lvc]
proc lvx {} { coroutine lvy lv }
puts [lvx]; puts [lvy]
namespace eval foo { proc h {} { yield [namespace current]; yield [uplevel 1 {namespace current}]; yield [info level] } }
proc mk {} { namespace eval foo { coroutine ::hh h } }
puts [mk]; puts [hh]; puts [hh]
catch {namespace eval foo { coroutine ::h3 set abc 1 }} m; puts "$m [info exists foo::abc] [info exists ::abc]"
proc up {} { set v 1; yield [uplevel 1 {info level}]; yield [uplevel #0 {set ::gv}] }
set gv global
coroutine u1 up
puts [u1]
# yieldto: the command runs in the resumer's frame, looked up in the coroutine's namespace
proc body {} { yield; set r [yieldto set x]; puts "r=<$r>"; set r [yieldto info level]; puts "r=<$r>"; yieldto error oops; puts after; return fin }
coroutine c body
proc caller {} { set x 5; puts "c:[c]"; puts "c:[c]"; catch {c} m o; puts "$m / [dict get $o -errorinfo]" }
caller
puts [c]
namespace eval ns { proc b2 {} { yieldto namespace current } }
namespace eval other { proc run {} { coroutine ::cb2 ::ns::b2 } }
puts [other::run]
namespace eval ns { proc priv {} { return private }; proc b6 {} { yieldto priv } }
catch {coroutine c6 ns::b6} m; puts $m
proc b4 {} { yieldto nosuch a b; return done }
catch {coroutine c4b b4} m o; puts "$m / [dict get $o -errorcode]"
puts [c4b]
proc b5 {} { set x [yield a]; set y [yieldto list]; return "$x|$y" }
coroutine c5 b5
puts [c5 X]
puts [c5 1 2 3]
proc yt {} { set x [yieldto string toupper hello]; set y [yieldto list a b]; return "got $x / $y" }
puts [coroutine yy yt]
puts [yy q]
puts [yy 1 2]
proc yt2 {} { yieldto info coroutine; return ok }
puts "yt2: <[coroutine yt2c yt2]>"
puts [yt2c]
# how the body ends is how the coroutine command ends
set i 0
foreach b {break continue {return -code break} {return x} {return -level 2 x} {return -level 2 -code 5 x} {return -level 3 -code error x} {return -code 7 x} {return -level 2 -code error -errorcode XX x}} {
    incr i
    set r [catch {coroutine k$i {*}$b} m o]; puts "first $b => $r $m [opts $o]"
    proc kp$i {} "yield; $b"
    coroutine kd$i kp$i
    set r [catch {kd$i} m o]; puts "resumed $b => $r $m [opts $o]"
}
proc pb {} {break}
catch {coroutine cb pb} m o; puts [opts $o]
catch {coroutine cb2x apply {{} {continue}}} m o; puts [opts $o]

# coroutines with the event loop, tailcall into yield, yields inside uplevel/apply, traces
proc worker {name n} {
    for {set i 0} {$i < $n} {incr i} {
        after 5 [info coroutine]
        yield
        puts "$name step $i"
    }
    incr ::done
}
set done 0
coroutine w1 worker A 3
coroutine w2 worker B 2
while {$done < 2} { vwait done }
puts "all done"
proc sleeper {} { after 5 [list [info coroutine] woke]; set v [yield]; return "got $v" }
proc driver {} { set r [sleeper]; set ::res $r }
coroutine dr driver
vwait res
puts $res
proc tcy {} { yield start; tailcall yield fromtail }
catch {coroutine tc1 tcy} m; puts "tc1 first: $m"
catch {tc1} m; puts "tc1 second: $m"
catch {tc1} m; puts "tc1 third: $m"
proc gen2 {} { set x 0; while 1 { incr x [yield $x] } }
coroutine g2 gen2
set total 0
foreach i {1 2 3} { set total [g2 $i] }
puts $total
proc errco {} { yield; after 0 [list error inafter] ; yield; return }
coroutine ec errco
proc bgerror {msg} { puts "bgerror: $msg"; set ::bg 1 }
ec
vwait bg
ec
puts [info commands ec]
namespace eval cns {
    proc run {} { yield [namespace current]; return [info coroutine] }
}
puts [coroutine ::cns::co cns::run]
puts [::cns::co]
proc uplevelyield {} { uplevel #0 { yield from-global } ; return after }
puts [coroutine uy uplevelyield]
puts [uy]
proc yfromapply {} { apply {{} { yield inlambda }}; return done }
puts [coroutine ya yfromapply]
puts [ya]
proc trcor {} { set v 1; trace add variable v write {apply {{args} {puts "trace in [info coroutine]"}}}; yield; set v 2; return ok }
coroutine trc trcor
puts [trc]

# yields inside try/catch/foreach/switch/expr/dict with/lsort -command
proc tb {} {
    try {
        set x [yield in-body]
        error "fail $x"
    } on error {m} {
        set y [yield "in-handler $m"]
    } finally {
        set z [yield "in-finally $y"]
    }
    return "end $z"
}
puts [coroutine tb1 tb]
puts [tb1 A]
puts [tb1 B]
puts [tb1 C]
proc cb {} { catch { yield c1; error oops } m o; yield "caught $m [dict get $o -errorline]"; return [dict get $o -errorinfo] }
puts [coroutine cb1 cb]
puts [cb1]
puts [cb1]
proc fe {} { foreach x {1 2} { lappend r [yield $x] }; return $r }
puts [coroutine fe1 fe]; puts [fe1 a]; puts [fe1 b]
proc sw {} { switch [yield s] { a { return A } default { return D } } }
puts [coroutine sw1 sw]; puts [sw1 a]
proc ex {} { expr {[yield e] + 1} }
puts [coroutine ex1 ex]; puts [ex1 41]
proc dw {} { set d {k 1}; dict with d { set k [yield dw] }; return $d }
puts [coroutine dw1 dw]; puts [dw1 9]
proc ls {} { lsort -command {apply {{a b} {expr {$a - $b}}}} [list [yield ls] 1] }
puts [coroutine ls1 ls]; puts [ls1 5]
proc errinfo {} { yield; proc_not_here 1 }
coroutine ei errinfo
catch ei m o; puts [dict get $o -errorinfo]; puts $::errorCode
proc up {} { set lv [yield]; uplevel 1 [list set fromco $lv] }
coroutine up1 up
up1 val
puts [info exists fromco]
