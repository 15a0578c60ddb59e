lappend ::indexes broken
package ifneeded broken 1.0 {package provide broken 1.0}
error "this index is broken"
