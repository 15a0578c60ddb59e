namespace eval ::ns::sub { proc hello {} { return "hello from ns::sub" } }
