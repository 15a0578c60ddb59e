# helper of semantics-info-frame.tcl: a procedure written in another file
proc fromOther {} {

    return [here]
}
puts "in other: [here]"
