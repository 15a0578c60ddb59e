# binary encode/decode: base64, hex, uuencode with their options and errors.
proc e {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
e binary encode base64 ""
e binary encode base64 a
e binary encode base64 ab
e binary encode base64 abc
e binary encode base64 abcd
e binary encode base64 [string repeat x 100]
e binary encode base64 -maxlen 10 [string repeat x 20]
e binary encode base64 -maxlen 10 -wrapchar | [string repeat x 20]
e binary encode base64 -wrapchar | [string repeat x 100]
e binary encode base64 -maxlen 0 [string repeat x 20]
e binary encode base64 -maxlen -1 x
e binary encode base64 -maxlen 3 [string repeat x 20]
e binary encode base64 -maxlen 4 -wrapchar "" [string repeat x 20]
e binary encode base64 -maxlen 4 -wrapchar "ab" [string repeat x 20]
e binary encode base64 -maxlen x x
e binary encode base64 -foo x
e binary encode base64 -maxlen 3 x y
e binary encode base64 -maxlen
e binary encode base64 -max 4 [string repeat x 20]
e binary encode base64 -maxlen 8 abcdef
e binary encode base64 \u20ac
e binary encode hex ""
e binary encode hex \x00\xff\x7f
e binary encode hex \u20ac
e binary encode hex a b
e binary encode uuencode ""
e binary encode uuencode abc
e binary encode uuencode [string repeat x 100]
e binary encode uuencode -maxlen 10 [string repeat x 20]
e binary encode uuencode -maxlen 3 [string repeat x 20]
e binary encode uuencode -maxlen 100 [string repeat x 20]
e binary encode uuencode -wrapchar | [string repeat x 50]
e binary encode uuencode -maxlen 5 -wrapchar "" abcdefghij
e binary encode uuencode -maxlen 85 x
e binary encode uuencode -maxlen 4 x
e binary encode uuencode -maxlen 2 x
e binary decode base64 YWJj
e binary decode base64 YWJjZA==
e binary decode base64 YWJjZA=
e binary decode base64 YWJjZA
e binary decode base64 YWJjZ
e binary decode base64 "YW Jj\nZA=="
e binary decode base64 -strict "YW Jj\nZA=="
e binary decode base64 -strict YWJjZA
e binary decode base64 -strict YWJjZ
e binary decode base64 "YWJj!ZA=="
e binary decode base64 -strict "YWJj!ZA=="
e binary decode base64 "=="
e binary decode base64 "Y"
e binary decode base64 "YQ=x"
e binary decode base64 ""
e binary decode base64 -foo x
e binary decode base64 -s YQ==
e binary decode base64 \u20acYQ==
e binary decode hex 616263
e binary decode hex 6162 63
e binary decode hex "61 62\n63"
e binary decode hex -strict "61 62"
e binary decode hex 616
e binary decode hex -strict 616
e binary decode hex 61zz62
e binary decode hex -strict 61zz62
e binary decode hex AbCd
e binary decode uuencode [binary encode uuencode abcdefg]
e binary decode uuencode [binary encode uuencode [string repeat xyz 40]]
e binary decode uuencode "x86)C\n"
e binary decode uuencode ""
e binary decode uuencode "`\n"
e binary decode base64
e binary decode hex
e binary decode hex -strict
e binary encode b x
e binary encode base x
e binary encode {} x
e binary decode foo x
e binary decode base64 -strict YQ==
e binary decode base64 -strict YQ=
e binary decode base64 -strict YQ
e binary decode base64 -strict YWI=
e binary decode base64 -strict YWI
e binary decode base64 -strict Y
e binary decode base64 -strict YQ==Y
e binary decode base64 -strict "YQ== "
e binary decode base64 -strict "YQ==\n"
e binary decode base64 -strict YQ===
e binary decode base64 -strict Y=Q
e binary decode base64 "YQ== "
e binary decode base64 "YQ==x"
e binary decode base64 "YWJ=jZA=="
e binary decode base64 "Y=Q"
e binary decode base64 "YQ="
e binary decode base64 "YWJjZA==\n"
e binary decode base64 YWJjZA===
e binary decode base64 "Y W J j"
e binary decode uuencode "\$86)C9```\n"
e binary encode hex
e binary encode foo
e binary decode foo
e binary encode uuencode
e binary decode uuencode
e binary sc abc c v
e binary fo c 1
e binary e hex a
e binary d hex 61
e binary ""
e binary encode uuencode -wrapchar "\r\n" abc
e binary encode uuencode -wrapchar " " abc
e binary encode uuencode -wrapchar "\t" abc
e binary encode base64 -wrapchar "" -maxlen 2 abcdef
e binary encode base64 -maxlen 4 -maxlen 8 [string repeat x 12]
set arr(x) 1
e string is integer -failindex arr(y) 1x
e set arr(y)
e scan "1 2" "%d %d" arr(a) arr(b)
e set arr(b)
e binary scan abc a2 arr(c)
e set arr(c)
e string is integer -failindex arr 1x
e scan 1 %d arr
