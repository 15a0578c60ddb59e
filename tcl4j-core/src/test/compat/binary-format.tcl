# binary format: every field type, counts, X/@ positioning, and the error messages.
proc t {args} {
    set code [catch {uplevel 1 $args} r]
    binary scan $r H* h
    puts "$args -> $code <$h>"
}
proc e {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
t binary format a abc
t binary format a5 abc
t binary format a* abc
t binary format a0 abc
t binary format A5 abc
t binary format A* abc
t binary format a2 \u20ac\u00e9
t binary format b 1
t binary format b5 10110
t binary format b* 101101011
t binary format B* 101101011
t binary format b3 10110
t binary format b10 1
t binary format B 1
t binary format b* 102
t binary format h* 1a2
t binary format H* 1a2
t binary format H3 abcdef
t binary format H* xyz
t binary format H5 ab
t binary format c 65
t binary format c 300
t binary format c -1
t binary format c3 {1 2 3}
t binary format c* {1 2 3 4}
t binary format c2 {1 2 3}
t binary format c3 {1 2}
t binary format c {1 2}
t binary format c abc
t binary format s 0x1234
t binary format S 0x1234
t binary format t 0x1234
t binary format i 0x12345678
t binary format I 0x12345678
t binary format n 0x12345678
t binary format w 0x123456789abcdef0
t binary format W 0x123456789abcdef0
t binary format m 1
t binary format w 99999999999999999999
t binary format i 4294967296
t binary format f 1.5
t binary format r 1.5
t binary format R 1.5
t binary format d 1.5
t binary format q 1.5
t binary format Q 1.5
t binary format f 1e40
t binary format f -1e40
t binary format f 1e-50
t binary format d inf
t binary format f nan
t binary format d abc
t binary format x
t binary format x3
t binary format x*
t binary format a3x2a a b
t binary format a3X2a abc d
t binary format a3X*a abc d
t binary format a3X5a abc d
t binary format a3@1a abc d
t binary format a3@*a abc d
t binary format a3@10a abc d
t binary format @
t binary format @*
t binary format "a c" x 1
t binary format z
t binary format a
t binary format a1a1 x
t binary format cu 5
t binary format a-1 x
t binary format a1x x
t binary format
t binary format c 1 2
t binary format {a 2} x
t binary format "a\t2" x
t binary format s2 {1 2}
t binary format S* {1 -1 65535 65536}
t binary format i1 5
t binary format c0 {}
t binary format c0 5
t binary format f2 {1 2}
t binary format d* {1 2 3}
t binary format c 1.5
t binary format c 0x
t binary format w -1
t binary format c {}
e binary
e binary foo
e binary f
e binary s x
e binary format
e binary scan
e binary scan x
e binary encode
e binary decode
e binary encode foo x
e binary encode base64
t binary format f inf
t binary format f -inf
t binary format f 3.4028235e38
t binary format f 3.4028236e38
t binary format f 1e-46
t binary format f -1e-46
t binary format Qu 1
t binary format au a
t binary format xu
t binary format x0
t binary format @0
t binary format X0
t binary format a0
t binary format "c a" x
t binary format "c z" x
t binary format "c2 a" {1} x
t binary format "c2 c" {1} x
t binary format "c2 z" {1} x
t binary format "c z" x y
t binary format "c2" "\{"
t binary format "a" "\{"
t binary format b2 102
t binary format b3 102
t binary format h2 1g
t binary format h1 1g
t binary format H* ""
t binary format b* ""
t binary format A0 x
t binary format c* {}
t binary format @2 
t binary format a@2 xyz
t binary format a5@2a xyzuv Q
t binary format a3X10 xyz
e binary format "az" x
e binary format "a z" x
e binary format "a  z" x
e binary format "a2 z" x
e binary format "a2 2" x
e binary format "a 2" x
e binary format " 2" x
e binary format "2" x
e binary format "a\tc" x 1
e binary format "a\nc" x 1
e binary format "a*2" x
e binary format "a2*" x
e binary format "c 1" 1
e binary format "a\u00e9" x
