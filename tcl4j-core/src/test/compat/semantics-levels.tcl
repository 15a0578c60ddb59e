# namespace upvar/unknown, levels seen from namespace eval, apply and uplevel, codes returned through uplevel and eval.
proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
namespace eval u1 { variable a 1; variable b 2 }
proc nu {} { namespace upvar u1 a x b y; list $x $y }
e nu
e {namespace upvar u1 a}
e {namespace upvar nosuch a b}
proc nu2 {} { namespace upvar ::u1 c z; set z 3 }
e {nu2; set u1::c}
e {namespace eval u1 {info level}}
proc nl {} { namespace eval u1 {info level} }
e nl
proc nl2 {} { namespace eval u1 {uplevel 1 {info level}} }
e nl2
proc nl3 {} { set loc 1; namespace eval u1 {uplevel 1 {set loc}} }
e nl3
e {namespace eval u1 {info level 0}}
proc nl4 {} { namespace eval u1 {info level 0} }
e nl4
e {namespace eval u2 {proc unk args {return "unk: $args"}; namespace unknown unk; nosuchcmd 1 2}}
e {namespace eval u2 {namespace unknown}}
e {namespace unknown}
e {namespace eval u3 {foo}}
proc ::unknown {args} { return "global unknown: $args" }
e {namespace eval u3 {foo bar}}
e {nosuchglobal x}
rename ::unknown {}
e {nosuchglobal x}
e {namespace eval u4 { variable arr; set arr(1) x; array get arr }}
proc av {} { variable ::u4::arr; set arr(2) y; lsort [array names arr] }
e av
e {namespace eval u5 { set x 1 }; info exists ::x}
e {set ::gx 1; namespace eval u5 { set gx }}
e {namespace eval u5 { set gx 2 }; list $::gx [info exists u5::gx]}
e {namespace eval u5 { set newv 3 }; list [info exists u5::newv] [info exists ::newv]}
e {namespace eval u6 { variable q; info exists q }}
e {namespace eval u6 { namespace which -variable q }}
e {info exists u6::q}
e {namespace delete u6; namespace exists u6}
proc inner {} { info level -1 }
proc outer2 {a} { inner }
e {outer2 x}
e {apply {{x} {info level 0}} 5}
e {apply {{x} {info level}} 5}
proc lvlup {} { uplevel 1 {info level} }
proc lvlw {} { lvlup }
e lvlw
proc uplv {} { uplevel #1 {info level 0} }
proc uplw {a} { uplv }
e {uplw q}
e {uplevel #0 {uplevel 0 {info level}}}
proc upret {} { uplevel 1 {return -code break} }
e {foreach x {1 2} { upret; puts no }; set y done}
proc upret2 {} { uplevel 1 {return fromup}; return notreached }
e upret2
proc upcont {} { uplevel 1 continue }
e {set l {}; foreach x {1 2 3} { if {$x == 2} upcont; lappend l $x }; set l}
proc ev {} { eval return fromeval; return notreached }
e ev
proc evc {} { catch {return inner} m o; list $m [dict get $o -code] [dict get $o -level] }
e evc
proc lvl3 {} { return -level 3 deep }
proc lvl2 {} { lvl3; return x2 }
proc lvl1 {} { lvl2; return x1 }
proc lvl0 {} { lvl1; return x0 }
e lvl0
