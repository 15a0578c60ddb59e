lappend ::indexes extends
# an index may add directories to the search
set parent [string range $dir 0 [string last / $dir]-1]
lappend ::auto_path [string range $parent 0 [string last / $parent]]lib3
