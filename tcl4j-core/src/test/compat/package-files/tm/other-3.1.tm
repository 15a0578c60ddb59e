set ::other 3.1
