lappend ::indexes "lib2-alpha"
package ifneeded alpha 1.1 {package provide alpha 1.1; set ::alpha_from lib2}
package ifneeded alpha 0.9 {package provide alpha 0.9; set ::alpha_from lib2}
