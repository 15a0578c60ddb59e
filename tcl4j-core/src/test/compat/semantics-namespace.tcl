# namespace ensembles (-map, -subcommands, -parameters, -unknown, -prefixes), namespace path, import/export/forget/origin/which, rename across namespaces.
proc e {script} { if {[catch {uplevel 1 $script} m o]} { puts "ERR $m / [dict get $o -errorcode]" } else { puts "OK $m" } }
namespace eval en {
    namespace export foo bar _hidden
    proc foo {args} { return "foo $args" }
    proc bar {} { return bar }
    proc _hidden {} { return hidden }
    proc Upper {} { return upper }
    namespace ensemble create
}
e {en foo 1 2}
e {en f 1}
e {en ba}
e {en}
e {en nope}
e {en _hidden}
e {en Upper}
e {namespace ensemble configure en}
e {namespace ensemble configure en -subcommands}
e {namespace ensemble exists en}
e {namespace ensemble exists nope}
namespace eval en2 {
    proc a {x} { return "a:$x" }
    proc b {x y} { return "b:$x:$y" }
    namespace ensemble create -map {one a two {b fixed}} -command ::e2
}
e {e2 one 1}
e {e2 two 9}
e {e2 t 9}
e {e2 three}
e {e2}
e {e2 one}
namespace eval en3 {
    proc a {} { return a }
    proc b {} { return b }
    proc c {} { return c }
    namespace ensemble create -subcommands {a b} -command ::e3
}
e {e3 a}
e {e3 c}
e {namespace ensemble configure e3 -subcommands {a b c}}
e {e3 c}
namespace eval en4 {
    proc get {obj key} { return "$obj.$key" }
    namespace ensemble create -parameters obj -subcommands get -command ::e4
}
e {e4 O get k}
e {e4 O}
e {e4}
e {e4 O bad}
namespace eval en5 {
    proc known {} { return known }
    namespace ensemble create -subcommands known -unknown ::en5unk -command ::e5
}
proc en5unk {ens sub args} { puts "unknown handler: $ens $sub $args"; return [list ::en5::known] }
e {e5 other 1 2}
proc en5unk2 {ens sub args} { return {} }
e {namespace ensemble configure e5 -unknown en5unk2}
e {e5 zzz}
proc en5unk3 {ens sub args} { return -code error "custom $sub" }
e {namespace ensemble configure e5 -unknown en5unk3}
e {e5 zzz}
e {namespace ensemble configure e5 -prefixes 0}
e {namespace ensemble configure e5 -unknown {}}
e {e5 kno}
e {namespace ensemble configure e5 -bogus 1}
e {namespace ensemble create -bogus 1}
e {namespace ensemble configure nosuch}
e {rename e5 e5b; e5b known}
e {namespace ensemble configure e5b -namespace}
e {lsort [dict keys [namespace ensemble configure e2]]}
e {namespace ensemble configure e2 -map}
# namespace path and resolution
namespace eval p1 { proc pf {} { return p1pf } }
namespace eval p2 { namespace path ::p1; proc call {} { pf } }
e {p2::call}
e {namespace eval p2 {namespace path}}
namespace eval p3 { proc pf {} { return p3pf }; namespace path {::p1} }
e {namespace eval p3 pf}
namespace eval p2 { proc set {args} { return "myset" } }
e {namespace eval p2 {set x 1}}
e {namespace eval p2 {::set x 1}}
namespace delete p2
e {namespace path nosuchns}
e {namespace eval pp {namespace path nosuchns}}
# export / import / forget / origin / which
namespace eval src { namespace export x* y; proc x1 {} {return x1}; proc x2 {} {return x2}; proc y {} {return y}; proc z {} {return z} }
namespace eval dst { namespace import ::src::x* }
e {lsort [info commands dst::*]}
e {dst::x1}
e {namespace origin dst::x1}
e {namespace which dst::x1}
e {namespace which -command x1}
e {namespace eval dst {namespace which x1}}
e {namespace eval dst {namespace import ::src::z}}
e {dst::z}
e {namespace eval dst {namespace import ::src::x1}}
e {namespace eval dst {namespace import ::src::nosuch}}
e {namespace eval dst {namespace import nosuchns::x}}
e {namespace eval dst {namespace forget ::src::x1}}
e {lsort [info commands dst::*]}
e {namespace eval src {namespace export}}
e {namespace eval src {namespace export -clear y}; namespace eval src {namespace export}}
e {namespace origin nosuch}
e {namespace origin set}
e {namespace eval dst {proc x2 {} {return mine}}; dst::x2}
e {namespace eval dst {namespace import ::src::y}; rename src::y src::yy; dst::y}
e {namespace origin dst::y}
e {rename src::yy {}; info commands dst::y}
# rename across namespaces
namespace eval r1 { proc f {} { return [namespace current] } }
namespace eval r2 {}
e {rename r1::f r2::g; r2::g}
e {rename r2::g ::top; top}
e {rename top nonexist::f}
e {rename nosuch x}
e {rename set set}
proc aa {} {}; proc bb {} {}
e {rename aa bb}
e {rename aa {}}
e {namespace current}
e {namespace eval {} {namespace current}}
e {namespace eval ::r1::deep {namespace current}}
e {namespace parent ::r1::deep}
e {namespace children r1}
e {namespace qualifiers ::a::b::c}
e {namespace tail ::a::b::c}
e {namespace qualifiers a}
e {namespace exists ::r1::deep}
e {namespace delete nosuchns}
e {namespace eval}
e {namespace inscope ::r1 {namespace current}}
e {namespace code {puts hi}}
e {namespace eval r1 {namespace code {puts hi}}}
e {apply [namespace eval r1 {list {} {namespace current}}]}

proc e {script} { set r [catch {uplevel 1 $script} m o]; if {$r == 1} { puts "ERR $m / [dict get $o -errorcode]" } elseif {$r} { puts "CODE $r <$m>" } else { puts "OK <$m>" } }
e {namespace eval ne1 list a b}
e {namespace eval ne1 {set x 1} ; namespace eval ne1 {set x}}
e {namespace inscope ne1 list a}
e {namespace inscope ::ne1 {list} b c}
e {set c [namespace code {list x}]; eval $c y z}
e {set c [namespace eval ne1 {namespace code {namespace current}}]; eval $c}
e {namespace inscope nosuch list}
e {namespace eval ne1 {error inns}}
catch {namespace eval ne1 {
   error multi
}} m o; puts [dict get $o -errorinfo]; puts [dict get $o -errorline]
proc nep {} { namespace eval ne1 { error fromproc } }
catch nep m o; puts [dict get $o -errorinfo]
e {namespace eval ne1 {return -code break}}
e {foreach x {1 2} { namespace eval ne1 { continue }; puts no }}
e {namespace eval ne1 {return val}}
e {namespace children ne1}
e {namespace eval ne1::a::b {}; lsort [namespace children ne1]}
e {namespace children ne1 *a}
e {namespace parent}
e {namespace parent ::}
e {namespace parent nosuch}
e {namespace delete ne1; namespace exists ne1::a}
e {namespace eval ::ne2 { proc p {} { return [namespace current] } }; rename ::ne2::p ::np; namespace delete ne2; np}
e {namespace eval ne3 { proc p {} {} }; namespace delete ne3; info commands ne3::p}
e {namespace eval ne4 { variable v 1 }; namespace delete ne4; info exists ne4::v}
e {namespace which}
e {namespace which -foo x}
e {namespace which -variable}
e {namespace origin}
e {namespace forget}
e {namespace import}
e {namespace export}
e {namespace bogus}
e {namespace ensemble}
e {namespace ensemble bogus}
e {namespace ensemble create -command}
catch {namespace ensemble create -map} m o; puts "$m [dict get $o -errorcode]"; catch {namespace ensemble configure ::nosuchcmdx -map} m o; puts "$m [dict get $o -errorcode]";namespace eval x {namespace ensemble create}; catch {namespace ensemble configure x -map {} -prefixes} m o; puts "$m [dict get $o -errorcode]"
