# history: events added, listed, changed, redone and dropped, with tclsh's numbering and messages
proc show {args} { puts "[catch {uplevel 1 $args} m] <$m>" }
show history
show history nextid
history add {set a 1}
history add {set b 2}
history add "puts hello\n"
show history
show history info
show history info 2
show history info 0
show history info -1
show history event
show history event 1
show history event -1
show history event -2
show history event 0
show history event set
show history event {set a*}
show history event nomatch
show history event 99
show history event -99
show history nextid
show history keep
show history keep 2
show history
show history change {set b 3}
show history info
show history change {set a 9} 2
show history info
show history change {x} 1
show history event 1
show history bogus
show history keep -1
show history keep x
show history add {set c 4} exec
show set c
show history add {set d 5} e
show history add {set d 5} ex
show history add {set d 5} bad
show history redo
show history redo -1
show history clear
show history
show history nextid
show history event
show history add x
show history event
show history add
show history add a b
show history info x
show history info 1 2
show history nextid x
show history keep 1 2
show history change
show history clear x
show history redo 1 2
show history a
show history c
show history e
show history r
show history n
show history k
show history i
history clear
history keep 20
history add "  set a 1  "
history add "if 1 {\n  puts x\n}"
history add ""
show history info
show history info 10
show history event -1
show history event 0
show history event 2
show history event 3
show history nextid
history keep 1
show history info
show history keep 0
show history info
show history nextid
history keep 5
history add y
history add z
show history info
show history redo y
show history redo 99
show history event 1.5
show history keep 1.5
show history info -1
show history info 1.5
history clear
show history event
show history event -1
show history event 0
show history event 1
show history redo
show history change foo
history clear
history keep 20
set n 0
history add {incr n}
history add {set q 7}
show history redo -1
show history info
show history redo 1
show history info
show set n
proc p {} { set local 1; history add {set local 2} exec; return $local }
show p
show set local
show history redo q
show history info
show history event 0
show history info 2
foreach script {{history event 99} {history bogus} {history add} {history keep x} {history info x} {history add a bad}} {
    catch $script msg
    puts "$script -> $::errorCode"
}
# a safe interpreter has no history command
interp create -safe safeChild
puts [catch {safeChild eval {history}} msg]$msg
interp delete safeChild
