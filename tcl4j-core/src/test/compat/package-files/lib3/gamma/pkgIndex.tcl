lappend ::indexes gamma
package ifneeded gamma 1.0 {package provide gamma 1.0}
