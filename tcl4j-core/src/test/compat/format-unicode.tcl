# format and scan with non-ASCII text: widths count characters.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
t format %5s \u00e9t\u00e9
t format %-5s| \u65e5\u672c
t format %.2s \u65e5\u672c\u8a9e
t format %c%c%c 0x65e5 0x672c 0x8a9e
t format %s=%d \u00e9 5
t format \u00e9%%\u00e8
t format %05s \u00e9
t scan \u65e5\u672c %c%c
t scan "\u00e9t\u00e9 42" "%s %d"
t scan "\u00e9t\u00e9" "%2s%s"
t scan "\u00e9\u00e9x" {%[\u00e9]%s}
t scan "\u3000 7" %d
t scan "a\u00a0b" "%s%n"
t binary format a* \u00e9\u0101
t binary scan \u00e9\u0101 cu* v
t set v
t binary encode base64 \u00ff\u00fe
