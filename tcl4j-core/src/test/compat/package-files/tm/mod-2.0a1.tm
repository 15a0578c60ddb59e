set ::mod_loaded 2.0a1
