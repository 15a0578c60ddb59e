# -errorcode of the string, format, scan and binary errors.
proc c {args} {
    catch {uplevel 1 $args} r
    puts "$args -> $::errorCode"
}
c string
c string foo
c string is foo x
c string is alpha -bad x
c string compare -bad a b
c string index a x
c string map {a} b
c string repeat a b
c string repeat a 1.5
c string length
c string first a b x
c string match -x a b
c string equal -length x a b
c format %q 1
c format %d
c format %d x
c format %f x
c format %f nan
c format {%1$s %s} a b
c format {%3$s} a
c format %1 5
c format %llu 5
c scan 1 %q
c scan 1 %3c
c scan 1 %lc
c scan 1 {%[a}
c scan 1 %llu
c scan 1 {%1$d %d}
c scan 1 {%2$d} a
c scan 1 {%1$d %1$d}
c scan {1 2} {%d %d} a
c scan {1 2} %d a b
c scan
c binary format z
c binary format a
c binary format c3 {1 2}
c binary format x*
c binary format @
c binary format b* 12
c binary format H* zz
c binary format c x
c binary format c2 "\{"
c binary scan abc z v
c binary scan abc c
c binary foo
c binary encode foo x
c binary encode base64 -maxlen -1 x
c binary encode base64 -bad 1 x
c binary encode uuencode -wrapchar x y
c binary decode base64 -strict !
c binary decode hex zz
c binary decode uuencode x
c binary decode hex -bad x
c binary encode base64 -maxlen x y
c format %*d x 1
c format %.*d x 1
c format %c x
c format %c 1.5
c string repeat a 99999999999
c string compare -length 99999999999 a b
c binary format c 1.5
c binary format c x
c binary format f x
c format %d 1.5
c string repeat a 0x
c string repeat a 08
c string repeat a " "
