# format: every conversion, flags, width/precision, positional args, and the error messages.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
t format %d 2147483648
t format %d 4294967296
t format %d 4294967297
t format %d -2147483649
t format %d 99999999999999999999
t format %ld 99999999999999999999
t format %lld 99999999999999999999
t format %hd 65537
t format %hd 32768
t format %u -1
t format %lu -1
t format %llu -1
t format %x -1
t format %lx -1
t format %llx -1
t format %llx -99999999999999999999
t format %llo -8
t format %o 8
t format %#o 8
t format %#x 255
t format %#X 255
t format %#b 5
t format %b 5
t format %b -1
t format %lb -1
t format %llb -5
t format %jd 5
t format %zd 5
t format %td 5
t format %Ld 5
t format %qd 5
t format %Id 5
t format %p 5
t format %c 65
t format %c 0x20ac
t format %c 0x1f600
t format %c -1
t format %5c 65
t format %-5c| 65
t format %s abc
t format %5s abc
t format %-5s| abc
t format %.2s abc
t format %5.1s abc
t format %05s abc
t format %f 1.5
t format %.0f 2.5
t format %.0f 3.5
t format %e 12345.678
t format %E 0.000123
t format %g 12345.678
t format %g 1234567.0
t format %g 0.0001
t format %g 0.00001
t format %G 1e-10
t format %#g 1.0
t format %#.3g 1
t format %.3g 1234
t format %a 1.0
t format %A 255.5
t format %f inf
t format %f -inf
t format %f nan
t format %e inf
t format %5.2f nan
t format %d 1.5
t format %d abc
t format %f abc
t format %d ""
t format %s
t format %d
t format %q 1
t format %
t format abc%
t format %5
t format %-
t format %.
t format %1\$s %2\$s a b
t format {%2$s %1$s} a b
t format {%1$s %s} a b
t format {%s %1$s} a b
t format {%3$s} a b
t format {%0$s} a b
t format {%1$s} a b
t format %*d 5 42
t format %-*d| 5 42
t format %*d -5 42
t format %.*f 2 3.14159
t format %*.*f 8 2 3.14159
t format {%1$*2$d} 42 5
t format %*d x 42
t format %.*f x 1
t format %+d 5
t format "% d" 5
t format %+d -5
t format "%+ d" 5
t format %05d -42
t format %-05d| -42
t format %+05d 42
t format %x 255
t format %X 255
t format %08.3f 3.14159
t format %.3d 5
t format %.0d 0
t format %5.3d 7
t format %05.3d 7
t format %+.3d 7
t format %%
t format 100%%
t format %d%% 50
t format %s%s a
t format abc
t format %i 42
t format %d 0x10
t format %d 010
t format %d 0b101
t format %d " 42 "
t format %f 1
t format %f 0x10
t format %d 1e3
t format %.20f 0.1
t format %.60f 1e-50
t format %f 1e300
t format %g 1e300
t format %.17g 0.1
t format %lld 0x7fffffffffffffff
t format %d -0
t format %f -0.0
t format %s -0.0
t format %#x 0
t format %#o 0
t format %#5x 10
t format %#05x 10
t format %-#8x| 10
t format %+x 10
t format "% x" 10
t format %+s abc
t format %+u 5
t format %hhd 300
t format %lf 1.5
t format %llf 1.5
t format %hf 1.5
t format %ls abc
t format %lc 65
t format %hx -1
t format %hu -1
t format %ho -1
t format %llc 65
t format %*5d 1 2
t format %5*d 1 2
t format {%1$*d} 1 2
t format {%1$.*f} 1 2
t format %5 x
t format %q
t format %%%q
t format %-q 1
t format %5.2f inf
t format %+f inf
t format %010f inf
t format %010f -inf
t format %-10f| inf
t format %E inf
t format %G -inf
t format %g inf
t format %llu 5
t format %llu 99999999999999999999
t format %c 0x1f600
t format %c 0xffff
t format %c 0x10000
t format %c 0x110000
t format %c -1
puts [string length [format %c 0xd800]]
t format %s [format %c 0x1f600]
t string length [format %c 0x1f600]
t format %.3s \u00e9t\u00e9x
t format %.0s abc
t format %.s abc
t format %.f 2.5
t format %5.f 2.5
t format %-+5d| 3
t format %d 9223372036854775807
t format %d 9223372036854775808
t format %d -9223372036854775808
t format %d -9223372036854775809
t format %x 9223372036854775808
t format %o -1
t format %#b 0
t format %#llx 255
t format %#llo 8
t format %#llx -255
t format %lld -5
t format %lli 5
t format %llX 255
t format {%1$s %1$s} a
t format {%2$s} a
t format {%1$s} 
t format {%1$s %2$s} a
t format %s%1\$s a
t format {%1$d %%} 5
t format {%1$5s|} a
t format {%10$s} a b c d e f g h i j
t format %e 0
t format %g 0
t format %g 100000
t format %g 1000000
t format %g 123456789
t format %.0e 12345
t format %#.0e 12345
t format %#.0f 2
t format %#x -1
t format %#X 0
t format %.10g 1.0
t format %#.10g 1.0
t format %.15g 0.1
t format %g 1e-5
t format %g 0.0001234
t format %g -0.0
t format %e -0.0
t format %.3e 9.9995
t format %.3e 9.9996
t format %.2f 0.125
t format %.2f 0.375
t format %.1f 0.05
t format %.1f 0.25
t format %e 1e-310
t format %g 1e-310
t format %G 1.5e300
t format %.30e 1.0
t format "%d %s %f" 1 two 3
t format "%s" {a b {c d}}
t format %d true
t format %f true
t format %s\u00e9 a
t format %5s \u00e9
t format %-3d| -5
t format %3d 12345
t format "% 5d" 42
t format "%+5d" 42
t format "%+-5d|" 42
t format "%0-5d|" 42
t format "%#08.3x" 10
t format %08.3x 10
t format %.5x 255
t format %#.5x 255
t format %#.5o 8
t format %#3o 8
t format %#08o 8
t format %c 65 66
t format "%c%c" 65 66
t format %c abc
t format %c 1.5
t format %c 4294967361
t format %hc 65601
t format %x 0x10000000000000000
t format %llx 0x10000000000000000
t format %lx 0x10000000000000000
t format %hd 99999999999999999999
t format %hd 1e5
t format %u -9223372036854775808
t format %5%
t format %-%
t format {%1$%}
t format %5%x
t format %-05s| abc
t format %05c A
t format %-05c| A
t format %05.1f -2.5
t format %-08.2f| -2.5
t format %+08.2e 12345
t format "% f" 1.5
t format "% e" -1.5
t format %+g 0
t format %08g -1e-20
t format %#g 123456789
t format %#g 0.0001
t format %#.0g 5
t format %.0g 5
t format %.0g 15
t format %g 999999.5
t format %g 9999995
t format %.1g 0.95
t format %u -5
t format %hu 70000
t format "% u" 5
t format "% llu" 5
t format "% lld" 5
t format "%+lld" 5
t format "%05lld" -5
t format "%.5lld" -5
t format "%#5llo" 8
t format %ld 1.0
t format %s%
t format %d%
t format "%s %" a
t format %0*d 5 42
t format %-*s| -3 a
t format %.*s -1 abc
t format %*s 2147483648 a
t format %.3%
t format %ll
t format %h
t format %l 5
t format %ll 5
t format %lll 5
t format %lh 5
t format %hl 5
t format %5.3.2d 5
t format %1\$
t format %1\$ 5
t format %1\$s%
t format %1
t format %1 5
t format %\$s
t format %0\$s a
t format %-1\$s a
t format %12345678901\$s a
t format %d 0o17
t format %d -0x10
t format %d +5
t format %x 0b11
t format %.3f 1e20
t format %.0f 1e22
t format %f 123456789012345678901234567890
t format %d 123456789012345678901234567890
t format %lld 123456789012345678901234567890
t format %llo 123456789012345678901234567890
t format %llb 255
t format %#llb 5
t format %e 123456789012345678901234567890
t format %s 123456789012345678901234567890
t format %*5d 7 2
t format %5*d 7 2
t format %*5d| 7
t format %F 1
t format %5% x
t format %05c 65
t format %-05c| 65
t format %.2c 65
t format %#llo -8
t format %.*f -1 1.5
t format "% s" a
t format %#s a
t format %#d 5
t format %#c 65
catch {format %f nan}; puts $errorCode
catch {format %d x}; puts $errorCode
catch {format %d}; puts $errorCode
catch {format %q 1}; puts $errorCode
catch {format %s%1\$s a}; puts $errorCode
catch {format %1\$s}; puts $errorCode
catch {format %1 5}; puts $errorCode
catch {format %llu 5}; puts $errorCode
t format
t format %ls%hs ab cd
