# if: the chosen body runs only when the whole command is well formed; conditions before it are evaluated first
foreach script {
    {if 1 {puts a}}
    {if 0 {puts a}}
    {if 0 {puts a} else {puts b}}
    {if 0 {puts a} elseif 1 {puts c} else {puts b}}
    {if 0 {puts a} elseif 0 {puts c} else {puts b}}
    {if 1 then {puts a} else {puts b}}
    {if 0 then {puts a} elseif 1 then {puts c}}
    {if 1 {puts hi} else}
    {if 1 {puts hi} elseif}
    {if 1 {puts hi} elseif 1}
    {if 0 {puts hi} elseif}
    {if 1 {puts hi} else {puts b} extra}
    {if 1 {puts hi} {puts b} extra}
    {if 1 {puts hi} {puts b}}
    {if 0 {puts hi} {puts b}}
    {if {[error boom]} {puts hi} else}
    {if 1 {puts hi} elseif {[error boom]} {puts x}}
    {if 0 {puts hi} elseif {[error boom]} {puts x} else}
    {if}
    {if 1}
    {if 1 then}
    {if 0 {puts a} else {puts b} else}
    {if {} {puts a}}
    {if 0 {} elseif 2 {puts two}}
} {
    set r [catch $script msg]
    puts "$script -> $r $msg"
}
proc p {x} { if {$x > 1} { return big } elseif {$x > 0} { return one } else { return none } }
puts "[p 5] [p 1] [p 0]"
