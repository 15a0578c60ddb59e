if 1 {
    set a 1
    error "inside if"
}
