# string is: every class, -strict, -failindex, and the number grammar.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
proc f {cls args} {
    set fi -
    set code [catch {string is $cls -failindex fi {*}$args} r]
    puts "$cls $args -> $code <$r> fail=$fi"
}
set values {
    "" " " 2 0 1 -1 yes of o n tr 0x10 0o7 0b1 08 1e3 1.5 " 12 " "12 " 4294967295 4294967296
    -4294967295 -4294967296 2147483648 9223372036854775807 9223372036854775808 -9223372036854775809
    18446744073709551615 18446744073709551616 -18446744073709551615 -18446744073709551616
    1e400 nan NaN inf -Inf 1_000 "1 2" abc 0x 1e .5 5. +5 --5 "\n1\n" 1.5e-400
    " 1x" "  0x1g" "1.5x" "1.5e" "1.5e+" "0b2" "0o8" 0d12 0d "- 1" "1e-" ".e1" "." "Inf " " nan"
    infinity infx 1e3x 0x1.8p1 "1\0" 00 0.0e0 1E5 0X1F 1.2.3 ++1 08.5 09e1 0.5 00.5 009 0x1e 0b 0o
    "0x 1" 1e5e 1. .1 - + -. nan(12) nan(x) nanx infinit infi in i na "1\t" "\u00a01" "1\u00a0"
    "1\v" 0e1 0e 0x0.1 -0 "- 5" 0B11 0O17 077 -0x10 "\u0661" 1e+5 1e+ 2e-3 0x7fffffffffffffff
    nan() nan(1 nan(g) NaN(ff) "nan(1) " -nan +inf -infinity 1.e5 08e 00e1 0x7fffffff -0x80000000
    " 1" "yes " Yes ON 0.0 "true " FALSE nO +1 off OFF t f y
}
foreach cls {boolean true false integer wideinteger entier double} {
    foreach v $values {
        f $cls $v
    }
}
foreach v $values {
    t string is integer -strict $v
    t string is double -strict $v
}
# lists
proc L args {return $args}
foreach v [L "a \{b" "a \{b\}c" "\{" "a b \"c" "a \"b\"c d" "\{a\}\{b\}" "a b \{" "x \"" \
        "abc def ghi \{x" "a\\" "\"a\"b" "a b c" "\{a b\} \"c d\"" "" "  " "\{\}" "a\\ b" "\"\\\"\""] {
    f list $v
}
# character classes
set chars [L a Z 0 9 _ \x20 - \t \n \x00 \x7f \u0080 \u00a0 \u00ad \u00b2 \u00b5 \u00c0 \u00df \u00e9 \u00f7 \u01c5 \u02b0 \u0300 \u0391 \u03c9 \u0410 \u0451 \u05d0 \u0660 \u0e01 \u1680 \u2000 \u2028 \u2029 \u202f \u203c \u20ac \u2160 \u2460 \u3000 \u3042 \u4e00 \uac00 \ue000 \uff10 \uff21 \uff41 \ufeff \ufffd \u180e \u200b \u2060 \u0085 \u061c \u0600 \u2c65 \u023a \u1e9e \! \" \# \$ \% \& \' \( \) \* \+ \, \. \/ \: \; \< \= \> \? \@ \[ \\ \] \^ \` \{ \| \} \~]
foreach cls {alnum alpha ascii control digit graph lower print punct space upper wordchar xdigit} {
    set line "$cls:"
    foreach c $chars {
        append line [string is $cls $c]
    }
    puts $line
    f $cls abc
    f $cls ABC
    f $cls 123
    f $cls "a1 B_"
    f $cls ""
    f $cls -strict ""
    f $cls "\u00e9\u00c9\u0663"
}
f upper ABcD
f xdigit 09afAFg
f ascii abc\u0080
f alpha abc1d
# argument handling
t string is
t string is alpha
t string is foo x
t string is al x
t string is a x
t string is lo x
t string is alpha -failindex
t string is alpha -failindex x
t string is alpha -strict -failindex x
t string is alpha -failindex x -strict y
t string is alpha -strict -strict x
t string is alpha -strict
t string is alpha x y
t string is al -str x
t string is alpha -f v -s ""
t string is integer -foo x
t string is digit -stri 5
t string is list {}
t string is boolean {}
t string is boolean -strict {}
set fi untouched
t string is alpha -failindex fi abc
t set fi
