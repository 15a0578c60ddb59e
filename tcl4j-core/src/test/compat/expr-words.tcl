# Corner cases of operand syntax inside expressions: quotes, brackets and
# variable references that are cut short, odd variable names, empty commands.
proc tv {e} { if {[catch {expr $e} m]} { puts "$e => ERR {$m} {$::errorCode}" } else { puts "$e => $m" } }
set a(x) 1; set x 5
tv {"abc[foo"}
tv {"abc$a(x"}
tv {1 + [set x \{]}
tv {1 + [set x "]"]}
tv {"a[set x "]"]b"}
tv {1 + [set x}
tv {1 + [set x "abc]}
tv "1 + \[set x \{abc\]"
tv {"abc\"}
tv {$a(x}
tv {$a([set x)}
tv "\${a"
tv "\"\${x\""
tv {1 + "$"}
tv {"$"}
tv {"a$"}
tv {"$(x)"}
tv {$::}
tv {$::x}
tv {$:x}
tv {$x::}
tv {$a(x)(y)}
tv {"\x"}
tv {"\u00e9"}
tv {"\101"}
tv {"a
b"}
tv {[]}
tv {[ ]}
tv {[] + 1}
tv {[;]}
tv {[list a b] eq "a b"}
tv {[# comment
]}
