proc deep {} {
    error "deep error"
}
proc mid {} {
    deep
}

mid
