# A small bookshop: an inventory kept in dicts inside a namespace, reports
# built with format and string operations, sorting and searching lists,
# counting words, and errors handled with catch. Runs offline, prints a
# report, and prints exactly the same under tclsh and jtclsh:
#     bin/jtclsh demos/bookshop.tcl
#     diff <(tclsh demos/bookshop.tcl) <(bin/jtclsh demos/bookshop.tcl)

namespace eval shop {
    variable stock [dict create]
    variable nextId 100

    # Adds a book and returns its id.
    proc add {title author price copies {tags {}}} {
        variable stock
        variable nextId
        set id B[incr nextId]
        dict set stock $id [dict create title $title author $author \
            price $price copies $copies tags $tags]
        return $id
    }

    proc field {id name} {
        variable stock
        if {![dict exists $stock $id]} {
            return -code error -errorcode [list SHOP NOBOOK $id] "no book with id \"$id\""
        }
        return [dict get $stock $id $name]
    }

    # Sells copies; fails when there are not enough.
    proc sell {id n} {
        variable stock
        set have [field $id copies]
        if {$n > $have} {
            error "only $have copies of \"[field $id title]\" left" {} [list SHOP SHORT $id]
        }
        dict set stock $id copies [expr {$have - $n}]
        return [expr {$n * [field $id price]}]
    }

    proc ids {} {
        variable stock
        return [dict keys $stock]
    }

    namespace export add sell field ids
}

namespace import shop::*

set books {
    {"The Tcl Programming Language" "Ashok Nadkarni" 39.95 4 {tcl programming}}
    {"Practical Programming in Tcl and Tk" "Brent Welch" 54.50 2 {tcl tk programming}}
    {"Tcl and the Tk Toolkit" "John Ousterhout" 44.00 3 {tcl tk classic}}
    {"Exploring Expect" "Don Libes" 29.99 5 {tcl automation}}
    {"Structure and Interpretation of Computer Programs" "Abelson and Sussman" 49.00 1 {lisp classic}}
}
foreach b $books {
    add {*}$b
}

proc rule {{width 64}} {
    return [string repeat - $width]
}

proc report {title} {
    puts $title
    puts [rule]
    puts [format "%-5s %-38s %8s %6s" ID TITLE PRICE COPIES]
    set value 0
    foreach id [ids] {
        set t [field $id title]
        if {[string length $t] > 38} {
            set t [string range $t 0 34]...
        }
        set price [field $id price]
        set copies [field $id copies]
        puts [format "%-5s %-38s %8.2f %6d" $id $t $price $copies]
        set value [expr {$value + $price * $copies}]
    }
    puts [rule]
    puts [format "%-44s %8.2f" "Stock value" $value]
    puts ""
}

report "Inventory"

# Sales, including two that fail in different ways.
set takings 0.0
foreach {id n} {B101 2 B103 1 B105 3 B999 1 B104 5} {
    if {[catch {sell $id $n} amount opts]} {
        puts "sale of $n x $id refused: $amount ([lrange [dict get $opts -errorcode] 0 1])"
    } else {
        set takings [expr {$takings + $amount}]
        puts [format "sold %d x %-4s for %7.2f" $n $id $amount]
    }
}
puts [format "takings: %.2f\n" $takings]

report "After the sales"

# Lists: sort by price (descending), then look things up.
set byPrice {}
foreach id [ids] {
    lappend byPrice [list $id [field $id price]]
}
set byPrice [lsort -real -decreasing -index 1 $byPrice]
puts "Most expensive first: [join [lmap p $byPrice {lindex $p 0}] {, }]"
set titles [lsort [lmap id [ids] {field $id title}]]
puts "First title A-Z:      [lindex $titles 0]"
puts "Position of Expect:   [lsearch -glob $titles *Expect*]"
puts "Sold out:             [lmap id [ids] {if {[field $id copies] == 0} {set id} else continue}]"
puts ""

# Dicts: count tags and words in titles.
set tagCount [dict create]
set wordCount [dict create]
foreach id [ids] {
    foreach tag [field $id tags] {
        dict incr tagCount $tag
    }
    foreach word [split [string tolower [field $id title]] " "] {
        if {[string length $word] > 3} {
            dict incr wordCount $word
        }
    }
}
puts "Tags:  [lsort -stride 2 -index 0 $tagCount]"
dict for {word n} $wordCount {
    if {$n > 1} {
        puts "Word used $n times: $word"
    }
}

# Strings: initials of authors, a title turned into a URL slug.
foreach id [ids] {
    set initials ""
    foreach part [split [field $id author]] {
        if {$part ne "and"} {
            append initials [string index $part 0]
        }
    }
    set slug [string trim [regsub -all {[^a-z0-9]+} [string tolower [field $id title]] -] -]
    puts [format "%-4s %-5s %s" $id $initials $slug]
}

# upvar: a procedure that changes its caller's variable.
proc applyDiscount {varName percent} {
    upvar 1 $varName price
    set price [expr {round($price * (100 - $percent)) / 100.0}]
}
set p [field B102 price]
applyDiscount p 20
puts "\nB102 with 20% off: $p"
