# string commands on non-ASCII text: indices count characters, case maps per character.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
set g "\u03b1\u03b2\u03b3 \u0394\u0395\u0396"
set j "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8"
set mixed "caf\u00e9 na\u00efve \u00fcber \u0130stanbul \u00df"
t string length $g
t string length $j
t string index $j 2
t string index $j end
t string range $j 1 3
t string first \u8a9e $j
t string last \u30c6 $j
t string first \u30c6\u30ad $j 3
t string reverse $j
t string repeat \u00e9 3
t string replace $j 1 2 \u2026
t string toupper $g
t string tolower $g
t string totitle $g
t string toupper $mixed
t string tolower $mixed
t string totitle $mixed
t string toupper "\u01c4\u01c5\u01c6 \u01c7\u01c8\u01c9"
t string tolower "\u01c4\u01c5\u01c6 \u01c7\u01c8\u01c9"
t string totitle "\u01c6x"
t string toupper "\u0149 \u01f0 \u1e96 \ufb00"
t string toupper "\u00b5\u00ff\u0131\u017f"
t string tolower "\u1e9e\u2126\u212a\u212b"
t string compare \u00e9 \u00ea
t string compare -nocase \u00c9 \u00e9
t string equal -nocase \u03a3 \u03c3
t string equal -nocase \u03c2 \u03c3
t string equal -nocase \u212a k
t string match -nocase \u0394* $g
t string match *\u0394* $g
t string match {[\u03b1-\u03c9]*} $g
t string map [list \u03b1 a \u03b2 b] $g
t string map -nocase [list \u0394 D] $g
t string trim "\u3000\u00a0$j\u2028\u2029"
t string trim $j \u65e5\u30c8
t string wordend $g 0
t string wordstart $g 6
t string wordend "\u00e9t\u00e9-\u00e0" 0
t string is alpha $j
t string is alpha $g
t string is upper \u0394\u0395
t string is lower \u03b1\u03b2
t string is digit \u0660\u0661\u0662
t string is digit \u00b2
t string is integer \u0661
t string is space "\u2000\u3000\u205f"
t string is punct \u00bf\u00a1\u3001
t string is print \u200b
t string is control \u200b
t string is wordchar \u203f
t string bytelength $j
t string bytelength $g
t string cat $g $j
foreach c [split "A\u00c0\u0100\u0391\u0410\u10a0\u1e00\u1f08\u2160\u24b6\uff21" ""] {
    lappend out [string tolower $c][string toupper [string tolower $c]][string totitle [string tolower $c]]
}
puts $out
