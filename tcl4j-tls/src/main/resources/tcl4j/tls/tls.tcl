# The Tcl half of the tls package: tls::socket, tls::init and the
# reference callbacks of the manual. The Java half (tls::import,
# tls::status, ...) is registered before this file is sourced.
namespace eval ::tls {
}
