# scan: conversions, widths, sets, %n, positional fields, underflow (-1), and the error messages.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
t scan "12 abc" "%d %s"
t scan "12 abc" "%d %s" a b
t set a
t set b
t scan "" %d
t scan "" %d x
t scan "   " %d
t scan "   " "%d"  x
t scan abc %d
t scan abc %d x
t scan "12" "%d %d"
t scan "12" "%d %d" x y
t scan "12 x" "%d %d"
t scan 0x1f %x
t scan 0x1f %i
t scan 017 %i
t scan 017 %o
t scan 0b101 %i
t scan -17 %u
t scan 1f %x
t scan ff %X
t scan 101 %b
t scan 12.5e3x %f
t scan 12.5e3x %e
t scan 12.5e3x %g
t scan .5 %f
t scan inf %f
t scan nan %f
t scan -inf %f
t scan 1e %f
t scan 1e+ %f
t scan abc %c
t scan " abc" %c
t scan " abc" " %c"
t scan abc %3c
t scan abcdef %3s
t scan abcdef "%3s%s"
t scan "hello world" "%s%n"
t scan "hello world" "%*s%n"
t scan "hello world" "%s %n%s"
t scan "abc123" {%[a-z]%d}
t scan "abc123" {%[^0-9]%d}
t scan "a]b" {%[]a]}
t scan "a-b" {%[a-]}
t scan "a^b" {%[^^]}
t scan "abc" {%[}
t scan "abc" {%[a}
t scan "abc" {%[^}
t scan "123" {%[0-9]}
t scan "123" {%2[0-9]}
t scan "12 34" {%d%*d}
t scan "12 34" {%*d%d}
t scan "12 34" {%2$d %1$d}
t scan "12 34" {%2$d %1$d} a b
t scan "12 34" {%1$d %1$d}
t scan "12 34" {%1$d %d}
t scan "12 34" {%3$d}
t scan "12 34" {%0$d}
t scan "1234" {%2d%2d}
t scan "12345678901234567890" %d
t scan "12345678901234567890" %ld
t scan "12345678901234567890" %lld
t scan "-12345678901234567890" %lld
t scan "4294967296" %d
t scan "2147483648" %d
t scan "99999999999999999999" %u
t scan "18446744073709551615" %u
t scan "-1" %u
t scan "-1" %lu
t scan "-1" %hu
t scan "70000" %hd
t scan "1.5" %d
t scan "x1" x%d
t scan "y1" x%d
t scan "1" %q
t scan "1" %
t scan "1" %5
t scan "1" %h
t scan "1" %l
t scan "1" %ll
t scan "1" %lf
t scan "1" %hf
t scan "1 2" %d%d%d
t scan "a b" "%s %s" x
t scan "a b" "%s" x y
t scan "a" "%s%%"
t scan "a%" "%s%%"
t scan "a%" "%\[a\]%%"
t scan "a %" "%s %%"
t scan " 12" "%n%d"
t scan "abc" "%n"
t scan "" "%n"
t scan "" "x%n"
t scan "" "%s"
t scan "  " "%s"
t scan "  " "%c"
t scan "a" "%c%c"
t scan "a" "%c%d"
t scan "1 a" "%d %c"
t scan "12abc" "%da%s"
t scan "12abc" "%dx%s"
t scan 0 %d
t scan 0x %x
t scan 0x %i
t scan 0xg %i
t scan 09 %i
t scan 08 %o
t scan -0x10 %x
t scan +5 %d
t scan - %d
t scan "- 5" %d
t scan 1_000 %d
t scan 10 %0d
t scan 12345 %0d
t scan "\u00e9t\u00e9" %c
t scan "\u00e9t\u00e9" %s
t scan "\u00e9t\u00e9 x" {%[\u00e0-\u00ff]}
t scan abc
t scan
t scan "12 34" "%d %d" a
t scan "1.5e400" %f
t scan "1e-400" %f
t scan "0x1p3" %f
t scan "12" "%1\$d %d"
t scan a%b "a%%b"
t scan "a b" "a%1\$sb"
t scan "  x" "%\[x\]"
t scan "  x" " %\[x\]"
t scan "x" "%d%s"
t scan "5" "%d%s"
t scan "5 " "%d%s"
t scan "5" "%d %s"
t scan "5 x" "%s%d"
t scan "5" "%s%d"
t scan 1 %d a(1)
t set a(1)
t scan "1 2" "%d %d" c c
t set c
t scan "" "%d %q"
t scan "1" "%d %q"
t scan "" "%d" a b
t scan "1 2" "%d %n %d" a b c
t scan "1 2" "%d %*d %n" a b
t scan "" "%n" a
t scan "x" "%d%n" a b
t scan "99999999999999999999" %d
t scan "-99999999999999999999" %d
t scan "-9223372036854775809" %d
t scan "-99999999999999999999" %u
t scan "99999999999999999999" %x
t scan "fffffffffffffffff" %x
t scan "fffffffffffffffff" %llx
t scan "777777777777777777777777" %o
t scan "-5" %x
t scan "-5" %o
t scan "-5" %llu
t scan "5" %llu
t scan 1 %c
t scan 1 %lc
t scan 1 {%5c}
t scan abc {%*c%c}
t scan 1 {%*}
t scan 1 {%1$}
t scan 1 {%*1$d}
t scan 1 {%1$*d}
t scan 1 {%1$5d}
t scan 1 {%5$d}
t scan 1 {%123456789012$d}
t scan 1 {%-d}
t scan 1 {%+d}
t scan 1 {%#d}
t scan 1 {% d}
t scan 1 {%.2d}
t scan 1 {%e}
t scan 1 {%E}
t scan 1 {%G}
t scan 1 {%a}
t scan 1 {%p}
t scan 1 {%D}
t scan 1 {%F}
t scan "a b" {%[a-z ]}
t scan "zyx" {%[z-x]}
t scan "-" {%[-]}
t scan "a-" {%[^-]}
t scan "b" {%[a-c-e]}
t scan "abc" {%[abc}
t scan "]" {%[^]]}
t scan "x]" {%[^]]}
t scan "abc" {%*[a-c]%n}
t scan "  abc" "%n %n"
t scan "abc" "a%c"
t scan "abc" "a %c"
t scan "a c" "a%c"
t scan "a\tc" "a %c"
t scan "12" "%1d%1d%1d"
t scan "123" "%*1d%d"
t scan "1.5.5" "%f%f"
t scan "1e5" "%d%s"
t scan "1.5e+3" %2f
t scan "1.5e+3" %4f
t scan "1.5e+3" %5f
t scan "-.5" %f
t scan "+.5e-1" %f
t scan "." %f
t scan "-" %f
t scan "e5" %f
t scan "Infinity" %f
t scan "INF" %f
t scan "infx" "%f%s"
t scan "infinit" "%f%s"
t scan "in" "%f%s"
t scan "0x10" "%d%s"
t scan "0x10" "%x"
t scan "0X10" "%i"
t scan "0o10" "%i"
t scan "0o10" "%o"
t scan "1,2" "%d,%d"
t scan "abc" "%s" x
t set x
t scan "  abc  " "%s%n" y z
t set z
t scan "0x7fffffffffffffff" %x
t scan "0x8000000000000000" %x
t scan "0xffffffffffffffff" %x
t scan "0x10000000000000000" %x
t scan "0x10000000000000000" %llx
t scan "08" %d
t scan "010" %d
t scan "-0" %d
t scan "1" "%1\$d %1\$d" a
t scan "1" "%2\$d" a
t scan "1" "%2\$d" a b
t scan "1 2" "%2\$d %1\$d" a b
t set a
t set b
t scan "1" "%1\$s %1\$s"
t scan 5 %Ld
t scan 5 %jd
t scan 5 %zd
t scan 5 %qd
t scan ff %lX
t scan 0b101 %b
t scan 0x %x
t scan 0x %1x
t scan 0x1 %2x
t scan -5 %1d
t scan 5 %hhd
t scan 5 %lld
t scan 5 %Lf
t scan abc {%2[abc]}
t scan abc {%*2[abc]%s}
t scan "  5" " %c"
t scan "a\u3000b" "%s"
t scan "\u00a05" "%d"
t scan "\u00a0x" "%s"
t scan "5" "%5\$d %1\$d"
t scan "5 6" "%2\$d %d"
t scan 12 %ld%n
t scan "1 2" "%d" x
t scan "x" "%s%d" a b
t set a
t scan "" "%s" a
t scan "12" "%d %d" x y
t set y
t scan "12" "%n"
t scan abc "%n%\[a\]%n"
t scan "0.5" %d%f
t scan "1.5" %f%f
t scan "-nan" %f
t scan "0x1f" %X
t scan "1f" %i
t scan "1" {%1$d%2$d}
t scan "12" {%1$1d%2$1d}
t scan 1 %\[
t scan 1 %\[^
t scan 1 %\[\]
t scan ] %\[\]\]
t scan "   " " "
t scan "a" "%s " x
t scan "-0x10" %i
t scan "-010" %i
t scan "+0x" %i
# one format value used with different numbers of variables (the parsed format is cached on it)
set fmt {%2$d %1$d}
t scan "1 2" $fmt
t scan "1 2" $fmt a b
t set a
t scan "1 2" $fmt a
t scan "1 2" $fmt a b c
t scan "1 2" $fmt
set fmt {%d %s}
t scan "3 x" $fmt
t scan "3 x" $fmt a
t scan "3 x" $fmt a b
t scan "3 x" $fmt a b c
set fmt {%3$d %q}
t scan 1 $fmt
t scan 1 $fmt a
t scan 1 $fmt a b c
