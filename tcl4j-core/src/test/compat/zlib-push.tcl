# zlib push: compressing and decompressing transforms stacked on files,
# their channel options, chan pop, and errors from corrupt data.
proc t script {
    set code [catch {uplevel 1 $script} msg opts]
    set ec [expr {[dict exists $opts -errorcode] ? [dict get $opts -errorcode] : "-"}]
    puts "$script -> $code [list $msg] $ec"
}
proc hex s {binary encode hex $s}
proc wr {fn data} {set f [open $fn wb]; puts -nonewline $f $data; close $f}
proc rd {fn} {set f [open $fn rb]; set d [read $f]; close $f; return $d}
set fn zlib-push.bin

t {zlib push}
t {zlib push foo stdout}
t {zlib push gzip nosuch}
t {zlib push compress stdin}
set f [open $fn wb]
t {zlib push gunzip $f}
t {zlib push gzip $f -dictionary abc}
t {zlib push gzip $f -level 10}
t {zlib push gzip $f -level x}
t {zlib push gzip $f -level}
t {zlib push gzip $f -header x}
t {zlib push gzip $f -header {type bad}}
t {zlib push gzip $f -limit 5}
t {zlib push gzip $f -foo 1}
t {zlib push comp $f -level 1 -dictionary}
puts [expr {[zlib push gzip $f -header {filename a.txt time 99}] eq $f}]
puts [fconfigure $f]
t {fconfigure $f -checksum}
t {fconfigure $f -checksum 1}
t {fconfigure $f -flush}
t {fconfigure $f -flush bad}
t {fconfigure $f -header}
t {fconfigure $f -limit}
t {fconfigure $f -dictionary}
t {fconfigure $f -foo}
t {fconfigure $f -foo 1}
puts -nonewline $f "hello world"
puts [fconfigure $f -checksum]
flush $f
puts [fconfigure $f -checksum]
t {fconfigure $f -flush sync}
close $f
puts [hex [rd $fn]]
puts [zlib gunzip [rd $fn] -headerVar h]
puts $h

set f [open $fn rb]
zlib push gunzip $f
puts [fconfigure $f]
puts [read $f]
puts [fconfigure $f]
puts [fconfigure $f -header]
puts [fconfigure $f -checksum]
t {fconfigure $f -limit 0}
t {fconfigure $f -limit 100000}
t {fconfigure $f -limit x}
t {fconfigure $f -limit 10}
t {fconfigure $f -limit}
t {fconfigure $f -dictionary x}
t {fconfigure $f -flush x}
puts [eof $f]
close $f

# -flush flushes the compressor, not the channel's buffer
set f [open $fn w]
zlib push compress $f -level 1
puts [fconfigure $f]
puts $f "line one"
t {fconfigure $f -flush full}
t {fconfigure $f -dictionary}
t {fconfigure $f -dictionary xyz}
t {fconfigure $f -dictionary}
t {fconfigure $f -limit 10}
t {chan pop $f}
puts [fconfigure $f]
puts $f "plain"
close $f
puts [hex [rd $fn]]

# checksums of each kind
foreach m {compress deflate gzip} {
    set f [open $fn wb]
    zlib push $m $f
    puts "$m [fconfigure $f -checksum]"
    puts -nonewline $f abc
    flush $f
    puts "$m [fconfigure $f -checksum]"
    close $f
    puts "$m [hex [rd $fn]]"
}
foreach {m d} [list decompress [zlib compress abc] inflate [zlib deflate abc] gunzip [zlib gzip abc]] {
    wr $fn $d
    set f [open $fn rb]
    zlib push $m $f
    puts "$m [fconfigure $f -checksum] [fconfigure $f]"
    puts "[read $f] [fconfigure $f -checksum]"
    t {fconfigure $f -dictionary}
    t {fconfigure $f -dictionary abc}
    t {fconfigure $f -dictionary}
    close $f
}

# gzip header with a header crc, written through a channel
set f [open $fn wb]
zlib push gzip $f -header {crc 1 comment "x y" type text}
puts -nonewline $f abc
close $f
puts [hex [rd $fn]]
set f [open $fn rb]
zlib push gunzip $f
puts [read $f]
puts [fconfigure $f -header]
close $f

# dictionaries through channels
set f [open $fn wb]
zlib push compress $f -dictionary "hello world"
puts -nonewline $f "hello world hello"
close $f
puts [hex [rd $fn]]
set f [open $fn rb]; zlib push decompress $f -dictionary "hello world"; puts [read $f]; close $f
set f [open $fn rb]; zlib push decompress $f; t {read $f}; close $f
set f [open $fn wb]; zlib push deflate $f -dictionary "hello world"; puts -nonewline $f "hello world hello"; close $f
set f [open $fn rb]; zlib push inflate $f -dictionary "hello world"; puts [read $f]; close $f

# big data, line by line, through gzip
set f [open $fn w]
zlib push gzip $f -level 6
for {set i 0} {$i < 20000} {incr i} {puts $f "line $i of the test"}
close $f
set f [open $fn r]
zlib push gunzip $f
set n 0
set ok 1
while {[gets $f line] >= 0} {
    if {$line ne "line $n of the test"} {set ok 0}
    incr n
}
puts "$n $ok [eof $f]"
close $f

# chan pop gives back what follows the compressed data
wr $fn "[zlib gzip {hello there}]TRAILER"
set f [open $fn rb]
zlib push gunzip $f
puts [read $f 5]
t {chan pop $f}
puts [list [read $f]]
close $f
set f [open $fn rb]
zlib push gunzip $f
puts [read $f]
puts [eof $f]
chan pop $f
puts [list [read $f]]
close $f
wr $fn "HEAD\n[zlib gzip {hello there}]TRAILER"
set f [open $fn rb]
puts [gets $f]
zlib push gunzip $f
puts [read $f]
chan pop $f
puts [list [read $f]]
close $f
wr $fn "[zlib compress {first part}][zlib deflate {second part}]"
set f [open $fn rb]
zlib push decompress $f
puts [read $f]
chan pop $f
zlib push inflate $f
puts [read $f]
close $f

# corrupt and truncated data: zlib's own messages
foreach data [list "garbage garbage garbage" \
        [string range [zlib gzip abcdefghijkl] 0 end-3] \
        [string replace [zlib gzip abcdefghijkl] end-5 end-5 Z] \
        "\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x03abc" \
        "\x1f\x8b\x08\xe0\x00\x00\x00\x00\x00\x03abc" \
        "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x07abc" \
        [string replace [zlib gzip abcdefghijkl] end-1 end-1 Z] \
        [zlib gzip {}] ""] {
    wr $fn $data
    set f [open $fn rb]
    zlib push gunzip $f
    t {read $f}
    t {eof $f}
    t {close $f}
}
foreach data [list "garbage garbage garbage" [string range [zlib compress abcdefghijkl] 0 end-3] \
        [string replace [zlib compress abcdefghijkl] end end Z] "\x78\x9c\x07" \
        "\x78\xbb\x00\x00\x00\x01" "\x88\x9c\x00" [zlib compress {}]] {
    wr $fn $data
    set f [open $fn rb]
    zlib push decompress $f
    t {read $f}
    t {close $f}
}
foreach data [list "\x07\x00" "\x00\x05\x00\x00\x00" [zlib deflate abc] \
        [string range [zlib deflate [string repeat abcdefgh 100]] 0 end-2]] {
    wr $fn $data
    set f [open $fn rb]
    zlib push inflate $f
    t {string length [read $f]}
    t {close $f}
}
file delete $fn
