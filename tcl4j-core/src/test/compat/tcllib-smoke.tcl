# tcllib (apt-get install tcllib), run unmodified: a sample of its packages
# must give the same results as under tclsh. Skipped when tcllib is absent.
set tcllib /usr/share/tcltk/tcllib1.21
if {![file isdirectory $tcllib]} { puts "skipped: $tcllib is not installed (apt-get install tcllib)"; return }
lappend auto_path $tcllib
# tclsh's own modules (msgcat...), here and in the interpreters doctools makes
if {[file isdirectory /usr/share/tcltk/tcl8.6/tcl8]} {
    set env(TCL8_6_TM_PATH) /usr/share/tcltk/tcl8.6/tcl8
    tcl::tm::path add /usr/share/tcltk/tcl8.6/tcl8
}
proc try1 {label script} {
    if {[catch {uplevel #0 $script} r]} { set r "ERROR: $r" }
    puts "$label: [string range $r 0 300]"
}
foreach p {cmdline textutil::adjust base32 ascii85 struct::queue struct::stack struct::prioqueue struct::tree
    struct::graph struct::matrix des aes rc4 math::bignum math::bigfloat math::linearalgebra math::statistics
    math::roman html ncgi json json::write csv uri snit sha1 sha256 md5 base64 dicttool doctools pt::pgen
    pt::peg::interp pt::peg::container pt::peg::from::peg treeql fileutil} {
    if {[catch {package require $p} v]} { puts "$p: LOADFAIL $v" }
}
try1 cmdline {set argv2 {-v -o out.txt a b}; cmdline::getoptions argv2 {{v "verbose"} {o.arg x "output"}}}
try1 adjust {textutil::adjust::adjust "the quick brown fox jumps over the lazy dog" -length 15}
try1 base32 {base32::encode "hello"}
try1 ascii85 {ascii85::encode "hello world"}
try1 queue {struct::queue q; q put a b c; list [q get] [q peek 2] [q size]}
try1 stack {struct::stack s; s push 1 2 3; list [s pop] [s peek] [s size]}
try1 prioqueue {struct::prioqueue -integer pq; pq put a 5 b 1 c 9; list [pq get] [pq get] [pq size]}
try1 tree {struct::tree t; t insert root end a b; t insert a end c; t walk root n {lappend ::order $n}; list $::order [t depth c]}
try1 graph {struct::graph g; g node insert x y z; g arc insert x y e1; g arc insert y z e2; lsort [g nodes -adj y]}
try1 matrix {struct::matrix m; m add columns 2; m add rows 2; m set cell 0 0 x; m set cell 1 1 y; m format 2string}
try1 des {binary encode hex [DES::des -mode ecb -dir encrypt -key 12345678 "abcdefgh"]}
try1 aes {binary encode hex [aes::aes -mode cbc -dir encrypt -key [string repeat k 16] -iv [string repeat \0 16] [string repeat x 16]]}
try1 rc4 {binary encode hex [rc4::rc4 -key Key "Plaintext"]}
try1 bignum {math::bignum::tostr [math::bignum::pow [math::bignum::fromstr 3] [math::bignum::fromstr 100]]}
try1 bigfloat {math::bigfloat::tostr [math::bigfloat::div [math::bigfloat::fromstr 1.0 30] [math::bigfloat::fromstr 3.0 30]]}
try1 linalg {math::linearalgebra::solveGauss {{2 1} {1 3}} {3 5}}
try1 stats {math::statistics::basic-stats {1 2 3 4 5 6}}
try1 roman {math::roman::toroman 1994}
try1 html {html::h1 "Title"}
try1 ncgi {list [ncgi::encode "a b&c=d/\u00e9"] [ncgi::decode "a+b%26c"]}
try1 json {json::json2dict {[1, 2.5, "x", true, {"k": [null]}]}}
try1 jsonwrite {json::write object a [json::write string hi] b 2}
try1 csv {list [csv::split {a,"b,c",d}] [csv::join {a "b c" d,e "f\"g"}]}
try1 uri {uri::split http://user@example.com:8080/path?q=1#frag}
try1 hash {list [sha1::sha1 -hex abc] [sha2::sha256 -hex abc] [md5::md5 -hex abc] [base64::encode "hello world"]}
try1 snit {
    snit::type dog {
        option -name Fido
        variable tricks {}
        constructor {args} { $self configurelist $args }
        method learn {t} { lappend tricks $t; return $self }
        method tricks {} { return $tricks }
    }
    dog d1 -name Rex
    d1 learn sit
    list [d1 tricks] [d1 cget -name] [dog info instances]
}
try1 dicttool {dict getnull {a {b 1}} a b}
try1 treeql {struct::tree tt; tt insert root end x; tt set x color red; treeql qq -tree tt; qq query tree get color}
try1 fileutil {fileutil::stripN /a/b/c/d 2}
try1 doctools {
    doctools::new dt -format text
    dt format {[manpage_begin demo n 1.0]
[moddesc {Demo module}]
[titledesc {A demo}]
[description]
This is [emph emphasized] and [cmd cmdname] text.
[list_begin definitions]
[def [arg foo]] The foo argument.
[list_end]
[manpage_end]
}
}
try1 peg {
    set grammar {
PEG calc (Expr)
    Expr    <- Term (AddOp Term)* ;
    Term    <- Factor (MulOp Factor)* ;
    Factor  <- Number / '(' Expr ')' ;
    AddOp   <- '+' / '-' ;
    MulOp   <- '*' / '/' ;
    Number  <- <digit>+ ;
END;
}
    pt::peg::container C
    C deserialize = [pt::peg::from::peg convert $grammar]
    pt::peg::interp I
    I use C
    I parset "1+2*(3-4)"
}
