# encoding: names, system, convertto/convertfrom between strings and byte
# strings (characters 0..255), with tclsh's handling of bad input.
proc t {script} {
    set c [catch {uplevel 1 $script} m]
    puts "$script => $c {$m}"
    switch $c 1 {puts "  errorCode: $::errorCode"}
}
# the code points of a string, in hex
proc hex {s} {
    set out {}
    foreach ch [split $s ""] {
        scan $ch %c n
        lappend out [format %x $n]
    }
    return "[list $out] ([string length $s])"
}
proc to {enc s} { hex [encoding convertto $enc $s] }
proc from {enc s} { hex [encoding convertfrom $enc $s] }

puts "-- arguments"
t {encoding}
t {encoding foo}
t {encoding c}
t {encoding names x}
t {encoding n x}
t {encoding system x y}
t {encoding convertto}
t {encoding convertto a b c}
t {encoding convertto foo abc}
t {encoding convertfrom foo abc}
t {encoding convertfrom}
t {encoding convertto -nocomplain utf-8 x}
t {encoding dirs a b}
t {encoding d x y}
t {encoding dirs "a \{"}
t {encoding system foo}
t {encoding system}
t {encoding s}
foreach e {utf-16 utf-32 ucs-2 binary utf-16le UTF-8 Utf-8 latin1 iso-8859-1} {
    t [list encoding convertto $e abc]
}
foreach e {ascii cp1252 identity iso8859-1 iso8859-15 shiftjis euc-jp unicode utf-8} {
    puts "$e listed: [llength [lsearch -all -exact [encoding names] $e]]"
}

puts "-- utf-8"
puts [to utf-8 "caf\u00e9"]
puts [to utf-8 "\0"]
puts [to utf-8 "\u20ac\uffff"]
puts [to utf-8 "\ud83d\ude00"]
puts [to utf-8 "\ud83d"]
puts [to utf-8 "\ude00x"]
foreach b {"\xc3\xa9" "\xe9" "a\xc3" "\xc0\x80" "\xed\xa0\x80" "\u20ac"
           "\x80" "\x81" "\x9f" "\xa0" "\xc1\x81" "\xe0\x80\x80" "\xe0\x81\x81" "\xed\xb0\x80"
           "\xf4\x90\x80\x80" "\xf8\x88\x80\x80\x80" "\xc3" "\xe2\x82" "\xe2\x82\x41" "\xc3\xc3\xa9"
           "\xf0\x9f\x98" "\xff\xfe" "\xef\xbf\xbf" "\xef\xbb\xbfa"} {
    puts "[hex $b] -> [from utf-8 $b]"
}
# characters outside the BMP are two (surrogate) characters, and encode back to four bytes
foreach b {"\xf0\x9f\x98\x80" "\xf0\x90\x80\x80"} {
    set s [encoding convertfrom utf-8 $b]
    puts "[string length $s] [hex [encoding convertto utf-8 $s]]"
}

puts "-- identity, unicode, iso8859-1, ascii"
puts [to identity "\0a\u00e9"]
puts [from identity "\xc0\x80\xc3\xa9\x80"]
puts [to unicode "ab\u20ac"]
puts [to unicode "\ud83d\ude00"]
puts [from unicode "a\x00\xac\x20"]
puts [from unicode "a\x00b"]
puts [from unicode "a"]
puts [to iso8859-1 "caf\u00e9\u20ac"]
puts [from iso8859-1 "\xe9\x80"]
puts [to ascii "caf\u00e9\u20ac\x7f\x7e"]
puts [from ascii "\xe9\x41\x7f"]

puts "-- single-byte tables"
puts [to cp1252 "caf\u00e9\u20ac\u0153\u2022"]
puts [from cp1252 "\xe9\x80\x81\x9c"]
puts [to cp437 "\u00e9\u2591\u03c0"]
puts [to macRoman "\u00e9\u2122"]
puts [to koi8-r "\u0436\u0416"]
puts [to ebcdic "Aa1 !"]
puts [from ebcdic "\xc1\x81\xf1\x40\x5a\x4a"]
puts [to iso8859-15 "\u20ac\u00a4"]
puts [to iso8859-2 "\u0141\u00e9"]
puts [to tis-620 "\u0e01"]
puts [to gb1988 "\u00a5\u203e\$"]
puts [to jis0201 "\uff71\u00a5~"]

puts "-- multi-byte"
puts [to shiftjis "a\u00e9\u20ac\u3042\u4e9c"]
puts [to euc-jp "a\u00e9\u3042\u4e9c"]
puts [to iso2022-jp "a\u3042b"]
puts [from iso2022-jp "a\x1b\$B\x24\x22\x1b(Bb"]
puts [to big5 "\u4e2d\u6587"]
puts [to gb2312 "\u4e2d\u6587"]
puts [to euc-cn "\u4e2d"]
puts [to cp936 "\u4e2d"]
puts [to cp932 "\u2460\u3042"]
puts [to euc-kr "\uac00\ud55c"]
puts [to cp949 "\uac00"]
puts [to cp950 "\u4e2d"]
puts [from shiftjis "\x82\xa0\x82"]
puts [from shiftjis "\x82\x20"]
puts [from shiftjis "\x82\xa0\x88\x9f"]
puts [from euc-jp "\xa4\xa2\xa4"]
puts [from euc-jp "\xa4\x20"]
puts [from euc-jp "a\x8e\xb1"]
puts [from euc-jp "a\x8f\xb0\xa1b"]
puts [from big5 "a\xa4\xa4\x80"]
puts [from cp932 "\x87\x40\x81"]
puts [from euc-kr "\xb0\xa1\xc7\xd1"]
puts [from gb2312 "\xd6\xd0\xce\xc4"]

puts "-- system encoding"
t {encoding system iso8859-1}
t {encoding system}
puts [hex [encoding convertto "\u00e9\u20ac"]]
puts [hex [encoding convertfrom "\xe9"]]
t {encoding system utf-8}
puts [hex [encoding convertto "\u00e9"]]
puts [hex [encoding convertfrom "\xc3\xa9"]]
