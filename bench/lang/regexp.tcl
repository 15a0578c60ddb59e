# Regular expressions: matching with captures, and substitution.

proc make_lines {n} {
    set lines {}
    for {set i 0} {$i < $n} {incr i} {
        lappend lines "2024-01-[expr {$i % 28 + 1}] 12:[expr {$i % 60}]:07 host$i GET /page/$i?id=[expr {$i * 3}] 200 [expr {$i * 17 % 5000}]"
    }
    return $lines
}

proc parse {lines} {
    set bytes 0
    set matched 0
    foreach line $lines {
        if {[regexp {^(\d+)-(\d+)-(\d+) \S+ (\S+) GET (\S+) (\d+) (\d+)$} $line -> y m d host path status size]} {
            incr matched
            incr bytes $size
        }
    }
    return [list $matched $bytes]
}

proc rewrite {lines} {
    set total 0
    foreach line $lines {
        regsub -all {\d} $line # masked
        regsub {host(\d+)} $masked {server-\1} masked
        incr total [string length $masked]
    }
    return $total
}

set lines [make_lines 3000]
bench regexp-match {parse $lines}
bench regsub {rewrite $lines}
