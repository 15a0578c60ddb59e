# binary scan: every field type, the u flag, counts, positioning, short data.
proc e {args} {
    set code [catch {uplevel 1 $args} r]
    puts "$args -> $code <$r>"
}
proc s {data fmt args} {
    foreach v $args { set ::$v <unset> }
    set code [catch {binary scan $data $fmt {*}[lmap v $args {string cat ::$v}]} r]
    set out "scan [string length $data] $fmt -> $code <$r>"
    foreach v $args { append out " $v=<[set ::$v]>" }
    puts $out
}
set data [binary format H* 0102fffe8081417f20200000]
s $data a v
s $data a3 v
s $data a* v
s $data a20 v
s $data a0 v
s [binary format a* "ab  \0\0"] A* v
s [binary format a* "ab  \0\0"] a* v
s [binary format a* "ab \0 "] A* v
s [binary format a* "  ab"] A* v
s $data b v
s $data b* v
s $data B* v
s $data b5 v
s $data B12 v
s $data h* v
s $data H* v
s $data h3 v
s $data H3 v
s $data c v
s $data c3 v
s $data c* v
s $data cu* v
s $data cu v
s $data s v
s $data s* v
s $data su* v
s $data S2 v
s $data Su2 v
s $data t v
s $data i v
s $data I v
s $data iu v
s $data Iu v
s $data n v
s $data w v
s $data W v
s $data wu v
s $data Wu v
s $data m v
s $data i* v
s $data f v
s $data R v
s $data r v
s $data d v
s $data Q v
s $data q v
s $data c20 v
s $data i4 v
s $data x2c v
s $data x* v
s $data x*c v
s $data x20c v
s $data X c v
s $data cXc v1 v2
s $data c2X*c v1 v2
s $data c2X5c v1 v2
s $data @3c v
s $data @*c v
s $data @20c v
s $data @20 
s $data @* 
s $data "c c" v1 v2
s $data c
s $data "c c c" v1 v2
s $data "" 
s $data z v
s $data c v1 v2
s $data a3a3a3a3a3 v1 v2 v3 v4 v5
s $data c0 v
s $data a0a v1 v2
s $data b0 v
s $data c@ v
s $data cu3c v1 v2
s $data Qu v
s [binary format d 1e300] d v
s [binary format d -0.0] d v
s [binary format d 0.1] d v
s [binary format f 0.1] f v
s [binary format Q nan] Q v
s [binary format Q -inf] Q v
s [binary format f 1e-40] f v
s "\u20ac\u00e9a" H* v
s "\u20ac\u00e9a" a* v
s "\u20ac\u00e9a" c* v
s abc a1a1a1a1 v1 v2 v3 v4
e binary scan \x01\x02 c
e binary scan \x01\x02 c2c a b
e binary scan [binary format Q 1] Qu v
e binary scan [binary format Q 1] fu v
e binary scan [binary format Q 1] au v
e binary scan [binary format Q 1] xu v
e binary scan "" c* v
e binary scan "" a* w
e binary scan "" b* x1
e binary scan abc x5c
e binary scan abc @5c
e binary scan abc x3c
e binary scan abc x2c
e binary scan abc c4
e binary scan abc c4c
e binary scan abc a4a
e binary scan abc "c z"
e binary scan abc "z c"
e binary scan abc "c z" v
e binary scan abc "a2 a2" v w
e binary scan abc "a2 a2" v
e set v
e set w
e set x1
