foreach i {e en end end-1 end+1 " end" "end " "1+ 1" "end- 1" 9999999999999999999999 09 0d1 1+1 2-1 -1 0x10 1e1 " 1" "1 " +1 end--1 end-+1 0o7 1.0} {
  puts "[list $i] -> [catch {string index abcdefghijklmnopqr $i} m] $m"
}
foreach i {e en end end-1 end+1 " end" "end " "1+ 1" "end- 1" 9999999999999999999999 09 0d1 1+1 2-1 -1 0x10 1e1 " 1" "1 " +1 end--1 end-+1 0o7 1.0} {
  puts "[list $i] -> [catch {lindex {a b c d e f g h i j k l m n o p q r} $i} m] $m"
}
