# fcopy and a driver that fails with its own message (a reflected channel,
# a reflected transform, a zlib transform on corrupt data): read and gets
# report the message, fcopy reports "invalid argument" (POSIX EINVAL) and
# the message comes back from close, as in tclsh.
namespace eval rc {
  proc initialize {c mode} { return {initialize finalize watch read} }
  proc finalize {c} {}
  proc watch {c e} {}
  namespace export *; namespace ensemble create
  proc read {c n} { error "custom read failure" }
}
foreach op {read fcopy} {
  set f [chan create read rc]
  set o [open out.bin wb]
  switch $op {
    read { set c [catch {read $f} m] }
    fcopy { set c [catch {fcopy $f $o} m] }
  }
  puts "refchan $op: $c [string map [list $f CHAN] $m] errorCode=[expr {$c ? $::errorCode : {}}]"
  catch {close $f} m; puts "  close: [string map [list $f CHAN] $m]"
  close $o
}
namespace eval tr {
  proc initialize {c mode} { return {initialize finalize read} }
  proc finalize {c} {}
  proc read {c data} { error "transform read failure" }
  namespace export *; namespace ensemble create
}
set f [open data.txt w]; puts $f "some data"; close $f
foreach op {read fcopy} {
  set f [open data.txt r]
  chan push $f tr
  set o [open out.bin wb]
  switch $op {
    read { set c [catch {read $f} m] }
    fcopy { set c [catch {fcopy $f $o} m] }
  }
  puts "transform $op: $c [string map [list $f CHAN] $m] errorCode=[expr {$c ? $::errorCode : {}}]"
  catch {close $f} m; puts "  close: [string map [list $f CHAN] $m]"
  close $o
}
set f [open bad.gz wb]; puts -nonewline $f "this is not gzip data at all"; close $f
foreach mode {gunzip inflate decompress} {
  foreach op {read gets fcopy fcopyasync} {
    set f [open bad.gz rb]
    zlib push $mode $f
    set o [open out.bin wb]
    switch $op {
      read { set c [catch {read $f} m] }
      gets { set c [catch {gets $f} m] }
      fcopy { set c [catch {fcopy $f $o} m] }
      }
    puts "$mode $op: $c [string map [list $f CHAN] $m] errorCode=[expr {$c ? $::errorCode : {}}]"
    catch {close $f} m; puts "  close: [string map [list $f CHAN] $m]"
    close $o
  }
}
