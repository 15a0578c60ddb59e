# zlib's one-shot subcommands: compress/decompress, deflate/inflate,
# gzip/gunzip with headers, crc32/adler32, and their error messages.
proc t script {
    set code [catch {uplevel 1 $script} msg opts]
    set ec [expr {[dict exists $opts -errorcode] ? [dict get $opts -errorcode] : "-"}]
    puts "$script -> $code [list $msg] $ec"
}
proc hex s {binary encode hex $s}

# the same bytes as tclsh for small data at every level
foreach level {0 1 5 6 9} {
    puts "compress $level [hex [zlib compress {hello hello hello world} $level]]"
    puts "deflate $level [hex [zlib deflate {hello hello hello world} $level]]"
    puts "gzip $level [hex [zlib gzip {hello hello hello world} -level $level]]"
}
puts [hex [zlib compress abc]]
puts [hex [zlib deflate abc]]
puts [hex [zlib gzip abc]]
puts [hex [zlib gzip abc 9]]
puts [hex [zlib compress ""]]
puts [hex [zlib gzip ""]]
puts [hex [zlib gzip "\u20ac"]]

# level 0 needs a little room: tclsh's buffer is too small below 8 bytes
foreach n {0 1 7 8 9 100} {
    t {string length [zlib compress [string repeat a $n] 0]}
    t {string length [zlib deflate [string repeat a $n] 0]}
    t {string length [zlib gzip [string repeat a $n] -level 0]}
}
puts [string length [zlib deflate [string repeat x 70000] 0]]

# round trips
set text [string repeat "Tcl is a very simple programming language. " 300]
foreach {c d} {compress decompress deflate inflate gzip gunzip} {
    puts "$c/$d [expr {[zlib $d [zlib $c $text]] eq $text}]"
}
set bin ""
for {set i 0} {$i < 4096} {incr i} {append bin [format %c [expr {($i * 7919) % 256}]]}
puts [expr {[zlib decompress [zlib compress $bin 9]] eq $bin}]
puts [expr {[zlib inflate [zlib deflate $bin 1] 16] eq $bin}]
puts [expr {[zlib gunzip [zlib gzip $bin -level 3] -buffersize 100] eq $bin}]

# gzip headers
puts [hex [zlib gzip abc -header {filename foo.txt comment hi time 12345 os 3 type text crc 1}]]
puts [hex [zlib gzip abc -header {a b}]]
puts [hex [zlib gzip abc -header {os 300}]]
puts [hex [zlib gzip abc -header {os -1 time -1}]]
puts [hex [zlib gzip abc -header {time 0x1ffffffff os 255}]]
puts [hex [zlib gzip abc -header {type binary}]]
puts [hex [zlib gzip abc -header {type text}]]
puts [hex [zlib gzip abc -header {type compress}]]
puts [hex [zlib gzip abc -header {crc 0 comment {}}]]
puts [hex [zlib gzip abc -header {filename {}}]]
puts [hex [zlib gzip abc -header [list filename "a\0b"]]]
puts [hex [zlib gzip abc -header [list filename "\u20ac\u00e9" comment "\u00e9"]]]
puts [hex [zlib gzip abc -header {filename x} -level 9]]
puts [string length [zlib gzip abc -header [list comment [string repeat x 300]]]]
puts [string length [zlib gzip abc -header [list filename [string repeat x 5000]]]]
zlib gunzip [zlib gzip abc -header {filename foo.txt comment hi time 12345 os 3 type text crc 1}] -headerVar h
puts $h
zlib gunzip [zlib gzip abcdef] -headerVar h
puts $h
zlib gunzip [zlib gzip abc -header {filename "\u00e9t\u00e9" os 255}] -headerVar h
puts $h
zlib gunzip [zlib gzip abc -header [list comment [string repeat y 300]]] -headerVar h
puts [string length [dict get $h comment]]
t {zlib gunzip [zlib gzip abc] -headerVar h(x)}
puts [array get h]

# checksums
foreach s [list "" abc "hello world" [string repeat abcdefgh 5000] "\u20ac"] {
    puts "[zlib crc32 $s] [zlib adler32 $s]"
}
puts [zlib crc32 abc 5]
puts [zlib adler32 abc 5]
puts [zlib crc32 abc -1]
puts [zlib adler32 abc -1]
puts [zlib crc32 def [zlib crc32 abc]]
puts [zlib crc32 abcdef]
puts [zlib adler32 def [zlib adler32 abc]]
puts [zlib adler32 abcdef]
puts [zlib adler32 [string repeat \xff 10000] 0xffffffff]
t {zlib crc32 abc 0xffffffff}
t {zlib crc32 abc -0xffffffff}
t {zlib crc32 abc 0x1ffffffff}
t {zlib crc32 abc -0x100000000}
t {zlib crc32 abc x}

# argument errors
t {zlib}
t {zlib foo}
t {zlib c abc}
t {zlib compress}
t {zlib compress a b c}
t {zlib compress abc 10}
t {zlib compress abc -1}
t {zlib compress abc x}
t {zlib deflate abc 10}
t {zlib decompress}
t {zlib decompress abc x}
t {zlib decompress [zlib compress abc] 15}
t {zlib decompress [zlib compress abc] 16}
t {zlib decompress [zlib compress abc] 65536}
t {zlib decompress [zlib compress abc] 65537}
t {zlib inflate [zlib deflate abc] 1}
t {zlib gzip abc -level}
t {zlib gzip abc -foo 1}
t {zlib gzip abc -lev 3}
t {zlib gzip abc -level 10}
t {zlib gzip abc 11}
t {zlib gzip abc x}
t {zlib gzip abc -level 5 -header}
t {zlib gzip abc -header {type foo}}
t {zlib gzip abc -header {type t}}
t {zlib gzip abc -header {time x}}
t {zlib gzip abc -header {time 0x1ffffffffffffffffff}}
t {zlib gzip abc -header {os x}}
t {zlib gzip abc -header {os 0x1ffffffff}}
t {zlib gzip abc -header {crc x}}
t {zlib gzip abc -header x}
t {zlib gunzip abc -headerVar}
t {zlib gunzip abc -foo x}
t {zlib gunzip [zlib gzip abc] -buffersize 0}
t {zlib gunzip [zlib gzip abc] -buffersize x}
t {zlib gunzip [zlib gzip abc] -headerVar h -buffersize 10}
t {zlib crc32}
t {zlib adler32 abc 1 2}

# corrupt and truncated data: tclsh reports zlib's codes, not its messages
set g [zlib gzip abc]
set c [zlib compress abc]
t {zlib decompress abc}
t {zlib inflate abc}
t {zlib gunzip abc}
t {zlib inflate [zlib compress abc]}
t {zlib decompress [zlib deflate abc]}
t {zlib decompress [zlib gzip abc]}
t {zlib gunzip [zlib compress abc]}
t {zlib gunzip [string range $g 0 end-1]}
t {zlib gunzip [string range $g 0 end-8]}
t {zlib decompress [string range $c 0 end-1]}
t {zlib decompress [string range $c 0 end-4]}
t {zlib inflate [string range [zlib deflate abc] 0 end-1]}
t {zlib decompress ""}
t {zlib gunzip ""}
t {zlib inflate "\x07"}
t {zlib inflate "\x00\x05\x00\x00\x00"}
t {zlib decompress "\x78\x9c\x07"}
t {zlib decompress "\x78\xbb\x00\x00\x00\x01"}
t {zlib gunzip [string replace $g end-7 end-7 x]}
t {zlib gunzip [string replace $g end-3 end-3 x]}
t {zlib gunzip "\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x03abc"}
t {zlib decompress [string replace $c end end x]}
t {zlib decompress "$c extra"}
t {zlib gunzip "$g extra"}
t {zlib inflate "[zlib deflate abc] extra"}
