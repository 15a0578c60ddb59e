set ::mod_loaded "tm2 1.2"
