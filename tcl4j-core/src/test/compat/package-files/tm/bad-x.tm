error "not a module version"
