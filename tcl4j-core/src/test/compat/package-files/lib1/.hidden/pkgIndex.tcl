lappend ::indexes hidden
