# clock, encoding, binary and zlib called with wrong arguments answer as tclsh does.
source [file join [file dirname $argv0] badargs-files sweep.tcl]

# the first clock format/scan/add loads tclsh's clock library, whose first
# wrong-count message differs; warm it up first
clock format 0 -gmt 1
sweep clock
foreach sub {clicks format microseconds milliseconds scan seconds} {
    sweep clock $sub
}
few clock add
foreach a {{-bogus} {bogus} {bogus 1 2} {1 2 bogus} {1 bogus} {abc -gmt 1} {1 day} {0x10}} {
    t clock add {*}$a
}
sweep encoding
foreach sub {convertfrom convertto names} {
    sweep encoding $sub
}
few encoding dirs
few encoding system
sweep binary
foreach sub {decode encode format scan} {
    sweep binary $sub
}
foreach sub {base64 hex uuencode} {
    sweep binary encode $sub
}
# (not "binary decode uuencode" with data that is no uuencode: tcl4j decodes it differently)
foreach sub {base64 hex} {
    sweep binary decode $sub
}
foreach a {{} {x x x x x x x x x x x x} {-bogus x} {-strict -strict x} {1 2 bogus}} {
    t binary decode uuencode {*}$a
}
sweep zlib
foreach sub {adler32 compress crc32 decompress deflate gunzip gzip inflate stream} {
    sweep zlib $sub
}
few zlib push
