# zlib stream: put/add/get/flush/finalize/checksum/eof/header/reset/close,
# including tclsh 8.6's quirks (flush without data does nothing, a
# dictionary is set again before every put, put with no data word).
proc t script {
    set code [catch {uplevel 1 $script} msg opts]
    set ec [expr {[dict exists $opts -errorcode] ? [dict get $opts -errorcode] : "-"}]
    puts "$script -> $code [list $msg] $ec"
}
proc hex s {binary encode hex $s}

set s [zlib stream compress]
puts [string match ::tcl::zlib::streamcmd_* $s]
puts [expr {[info commands $s] eq $s}]
t {$s}
t {$s foo}
t {$s put a b}
t {$s put -flush -finalize abc}
t {$s get 1 2}
t {$s get x}
t {$s header}
t {$s checksum x}
t {$s eof x}
t {$s flush x}
t {$s reset x}
puts [$s checksum]
t {$s put}
puts [$s checksum]
$s put abc
puts [$s checksum]
puts [hex [$s get]]
$s flush
puts [hex [$s get]]
$s put def
$s fullflush
puts [hex [$s get]]
$s put -finalize ghi
puts [$s eof]
puts [hex [$s get 3]]
puts [hex [$s get]]
puts [$s eof]
puts [$s checksum]
t {$s put more}
t {$s finalize}
t {$s flush}
puts [hex [$s get]]
$s reset
puts [$s eof]
$s put -finalize abc
puts [hex [$s get]]
$s close
t {$s get}

set s [zlib stream compress]
t {$s put -flush abc}
t {hex [$s get]}
t {$s put -fullflush def}
t {hex [$s get]}
t {$s put -finalize {}}
t {hex [$s get]}
t {rename $s {}}
t {$s close}

foreach m {deflate gzip compress} {
    set s [zlib stream $m -level 9]
    puts "$m [$s checksum]"
    $s put -finalize abc
    puts "$m [hex [$s get]] [$s checksum] [$s eof]"
    t {$s header}
    $s close
}
set s [zlib stream gzip -header {filename x.txt comment hello time 7} -level 9]
$s put -finalize abc
puts [hex [$s get]]
$s reset
$s put -finalize abc
puts [hex [$s get]]
$s close

# decompressing
set s [zlib stream decompress]
puts [$s checksum]
$s put [zlib compress abcdef]
puts [$s checksum]
puts [$s get 2]
puts [$s checksum]
puts [$s eof]
puts [$s get]
puts [$s checksum]
puts [$s eof]
puts [list [$s get]]
t {$s put x}
$s reset
puts "[$s eof] [$s checksum]"
$s put [zlib compress xyz]
puts [$s get]
$s close

set s [zlib stream gunzip]
t {$s header}
$s put [zlib gzip abcdef -header {filename f comment c time 5}]
puts [$s get]
puts [$s header]
puts [$s checksum]
$s close
set s [zlib stream gunzip]
$s put [zlib gzip abc]
$s get
puts [$s header]
$s close
set s [zlib stream gunzip]
$s put [zlib gzip abc -header [list filename [string repeat y 300]]]
$s get
puts [string length [dict get [$s header] filename]]
$s close
set s [zlib stream gunzip]
$s put [string range [zlib gzip abc -header {filename f}] 0 5]
t {$s get}
t {$s header}
t {$s checksum}
$s close

set s [zlib stream inflate]
puts [$s checksum]
$s put [zlib deflate abcdef]
puts [$s get]
puts [$s checksum]
$s close

set s [zlib stream decompress]
$s put "garbage data here"
t {$s get}
$s close

set s [zlib stream decompress]
set c [zlib compress [string repeat abc 1000]]
$s put [string range $c 0 10]
puts [string length [$s get]]
$s put [string range $c 11 end]
puts [string length [$s get]]
puts [$s eof]
$s close

# a decompressing get returns at most 64 KiB
set big [string repeat "0123456789abcdef" 10000]
set s [zlib stream inflate]
$s put [zlib deflate $big]
set n1 [string length [$s get]]
set n2 [string length [$s get]]
set n3 [string length [$s get]]
puts "$n1 $n2 $n3 [$s eof]"
$s close

# round trip in pieces
set text [string repeat "The quick brown fox jumps over the lazy dog. " 500]
foreach {c d} {compress decompress deflate inflate gzip gunzip} {
    set z [zlib stream $c]
    set out ""
    for {set i 0} {$i < [string length $text]} {incr i 1000} {
        append out [$z add [string range $text $i [expr {$i + 999}]]]
    }
    append out [$z add -finalize {}]
    $z close
    set u [zlib stream $d]
    set back ""
    for {set i 0} {$i < [string length $out]} {incr i 7} {
        append back [$u add [string range $out $i [expr {$i + 6}]]]
    }
    puts "$c/$d [expr {$back eq $text}] [$u eof]"
    $u close
}

# add options
set s [zlib stream compress]
t {$s add -flush abc}
t {$s add -buffer 2 -finalize def}
t {$s add -buffer}
t {$s add -buffer 0 x}
t {$s add -buffer x y}
t {$s add -dictionary x}
t {$s add -foo x}
puts [hex [$s get]]
$s close
set s [zlib stream decompress]
t {$s add -buffer 3 [zlib compress abcdefgh]}
t {$s add {}}
t {$s add -buffer 100 {}}
t {$s get 0}
t {$s get -5}
$s close

# dictionaries
set s [zlib stream compress -dictionary "hello world"]
$s put -finalize "hello world hello"
set d [$s get]
puts [hex $d]
$s close
t {zlib decompress $d}
set s [zlib stream decompress]; $s put $d; t {$s get}; $s close
set s [zlib stream decompress -dictionary "hello world"]; $s put $d; t {$s get}; $s close
set s [zlib stream decompress]; t {$s put -dictionary "hello world" $d}; t {$s get}; $s close
set s [zlib stream deflate -dictionary "hello world"]
$s put -finalize "hello world hello"
set r [$s get]
puts [hex $r]
$s close
set s [zlib stream inflate -dictionary "hello world"]; $s put $r; t {$s get}; $s close
set s [zlib stream inflate]; $s put $r; t {$s get}; $s close
set s [zlib stream compress -dictionary abc]
t {$s put x}
t {$s put y}
t {$s put -finalize z}
t {hex [$s get]}
t {$s reset}
t {$s put -finalize x}
t {hex [$s get]}
$s close
set s [zlib stream gzip]
t {$s put -dictionary abc x}
$s close

# creation errors
t {zlib stream}
t {zlib stream foo}
t {zlib stream compress -foo}
t {zlib stream compress -level}
t {zlib stream compress -level 11}
t {zlib stream compress -level x}
t {zlib stream compress -foo 1}
t {zlib stream gzip -dictionary x}
t {zlib stream gzip -header {type x}}
t {zlib stream gzip -header x}
t {zlib stream gunzip -level 1}
t {zlib stream inflate -level 3}
set s [zlib stream decompress -d abc]
$s close
