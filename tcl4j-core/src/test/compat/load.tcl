# load checks its words and words its errors as tclsh does (nothing native
# ever loads in tcl4j); a safe interpreter has it hidden, and exposing it
# works, as doctools (tcllib) does
foreach s {{load} {load a b c d} {load /nonexistent.so} {load {} Foo} {load -bogus x}
        {load -global /nonexistent.so} {load /nonexistent.so Foo} {load /nonexistent.so Foo nointerp}
        {load {} {}} {load -- /x.so} {load -lazy} {load {} tcl}} {
    puts "$s -> [catch $s m] <$m> <$::errorCode>"
}
interp create -safe s
puts [expr {"load" in [s hidden]}]
s expose load
puts [catch {s eval {load /nonexistent.so}} m]$m
interp delete s
