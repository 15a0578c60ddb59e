# string: the simple subcommands, index arithmetic, and their error messages.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
# ensemble dispatch
t string
t string foo
t string c a b
t string "" a
t string le abc
t string byte abc
t ::tcl::string::length
t ::tcl::string::length abcd
# length, bytelength
t string length ""
t string length abc
t string length "h\u00e9llo \u20ac"
t string length a b
t string bytelength abc
t string bytelength "\u00e9\u20ac"
t string bytelength "\u0000"
t string bytelength "\u07ff\u0800\u007f"
t string bytelength
# cat
t string cat
t string cat a
t string cat a b c
t string cat {a b} "" c
# index
t string index abc 0
t string index abc 1
t string index abc end
t string index abc end-1
t string index abc end-3
t string index abc 5
t string index abc -1
t string index abc end+1
t string index abc 1+1
t string index abc 3-2
t string index abc x
t string index abc 1.0
t string index abc end-
t string index abc
t string index "\u00e9t\u00e9" 2
# range
t string range abcdef 1 3
t string range abcdef 3 1
t string range abcdef -5 end
t string range abcdef 2 100
t string range abcdef end-2 end-1
t string range abcdef 6 7
t string range abcdef 0 0
t string range "" 0 end
t string range abc 1
t string range abc x 1
t string range abc 1 y
# repeat
t string repeat ab 3
t string repeat ab 0
t string repeat ab -3
t string repeat "" 5
t string repeat a b
t string repeat a 1.5
t string repeat a
t string repeat x 1
# replace
t string replace abcdef 1 2
t string replace abcdef 1 2 XY
t string replace abcdef 3 1 X
t string replace abcdef -1 0 X
t string replace abcdef end end X
t string replace abcdef 6 7 X
t string replace abcdef -3 -1 X
t string replace abcdef 5 9 X
t string replace {} 0 0 X
t string replace abc 0 end
t string replace abc
t string replace abc 1 2 3 4
t string replace abc q 1
# reverse
t string reverse abc
t string reverse ""
t string reverse "\u00e9a\u20ac"
t string reverse
t string reverse a b
# case
t string tolower ABC
t string tolower ABC 1
t string tolower ABC 1 1
t string toupper abcdef 2 end-1
t string toupper abc 5
t string toupper abc -1 0
t string toupper abc 2 1
t string totitle "hELLO wORLD"
t string totitle hello 2
t string totitle hello 2 3
t string totitle ""
t string toupper "stra\u00dfe \u00e9t\u00e9"
t string tolower "\u00c9T\u00c9 \u0130"
t string totitle "\u01c6a"
t string toupper "\u023a\u2c65"
t string tolower "\u023a\u2c65"
t string tolower
t string tolower a 1 2 3
t string toupper a x
t string totitle
# trim
t string trim "  a b  "
t string trimleft "  a  "
t string trimright "  a  "
t string trim xxaxx x
t string trim abcba ab
t string trim "\u00a0\u3000a\ufeff\u200b\u0085\u0000"
t string trim "\t\n\v\f\ra\r\n"
t string trim abc ""
t string trimleft aabbcc ab
t string trimright aabbcc bc
t string trim ""
t string trim
t string trim a b c
t string trimleft
t string trimright
# first / last
t string first "" abc
t string first b abcb
t string first b abcb 2
t string first b abcb end-1
t string first b abc -5
t string first b abc 10
t string first abc abc 0
t string first bc abcbc 2
t string first a
t string first a b c d
t string first a b x
t string last b abcb
t string last b abcb 2
t string last b abcb end-1
t string last b abcb -1
t string last b abcb 100
t string last "" abc
t string last bc abcbc 3
t string last bc abcbc 4
t string last abc ab
t string last a
t string last a b x
# wordstart / wordend
t string wordend "hello world" 1
t string wordend "hello world" 5
t string wordend "hello world" 20
t string wordend "hello world" -1
t string wordend "hello world" end
t string wordstart "hello world" 8
t string wordstart "hello world" 5
t string wordstart "hello world" 20
t string wordstart "hello world" -1
t string wordend "a_b c" 0
t string wordstart "" 0
t string wordend "" 0
t string wordstart "ab  cd" 3
t string wordend "ab  cd" 2
t string wordend "ab  cd" end
t string wordstart "ab  cd" end
t string wordend "x \u00e9t\u00e9_9 y" 3
t string wordstart "x \u00e9t\u00e9_9 y" 6
t string wordend
t string wordstart a x
