puts b1

proc pb {} {
  error inproc
}
if 1 {
  pb
}
