# The one-byte encodings, checked whole: each byte decoded alone, each
# decoded character encoded back, a long run of characters encoded, all
# bytes decoded at once (as checksums, so that a difference shows which
# encoding and which direction). Then samples of the multi-byte ones.
proc sum {s} {
    set s1 0; set s2 0
    foreach ch [split $s ""] {
        scan $ch %c n
        incr s1 $n
        incr s2 $s1
    }
    return "$s1/$s2"
}
proc range {from count} {
    set out {}
    foreach i [lsearch -all [lrepeat $count x] x] {
        lappend out $from
        incr from
    }
    return $out
}
set chars ""
# Latin, Greek, Cyrillic, Hebrew, Arabic, Thai, punctuation, symbols, box drawing, CJK punctuation
foreach i [concat [range 0 1792] [range 3584 128] [range 8192 720] [range 9472 192] [range 12288 256] [range 63232 256] [range 65024 511]] {
    append chars [format %c $i]
}
set bytes ""
foreach i [range 0 256] {
    append bytes [format %c $i]
}
foreach e {ascii cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp437 cp737
        cp775 cp850 cp852 cp855 cp857 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 dingbats
        ebcdic gb1988 iso8859-1 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8
        iso8859-9 iso8859-10 iso8859-11 iso8859-13 iso8859-14 iso8859-15 iso8859-16 jis0201 koi8-r
        koi8-u macCentEuro macCroatian macCyrillic macDingbats macGreek macIceland macRoman
        macRomania macThai macTurkish macUkraine symbol tis-620} {
    set decoded ""
    set back ""
    foreach i [range 0 256] {
        set d [encoding convertfrom $e [format %c $i]]
        append decoded $d
        append back [encoding convertto $e $d]
    }
    puts "$e: decode [sum $decoded] back [sum $back] encode [sum [encoding convertto $e $chars]] all [sum [encoding convertfrom $e $bytes]]"
}

# multi-byte: Japanese, Chinese and Korean text, JIS/Microsoft variants,
# characters the tables lack, and the C1 controls
set samples [list "\u3042\u3044\u3046\u30a2\u4e9c\u6f22\u5b57\uff71" "\u4e2d\u6587\u5b57\u7b26" \
    "\uac00\ud55c\uae00" "\u2014\u2015\u2016\u2225\u2212\uff0d\u301c\uff5e\u00a2\u00a3\u00ac" \
    "a\u00e9\u00ff\ue000\u0080\u0085\u0087\u008f\u009f\u00a0"]
# (not cp932, cp936, cp950: for those Windows code pages we use the JDK's tables,
# which have Microsoft's extensions where Tcl's have IBM's or none)
foreach e {shiftjis euc-jp euc-kr cp949 big5 gb2312 euc-cn jis0208} {
    set out {}
    foreach s $samples {
        set b [encoding convertto $e $s]
        lappend out [sum $b] [sum [encoding convertfrom $e $b]]
    }
    puts "$e: $out"
}
