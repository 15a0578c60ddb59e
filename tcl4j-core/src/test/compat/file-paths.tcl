foreach p {/a/b a/b/ a / /a "" . .. a.b.c a/b.c/d .bashrc a/.b /a/b/.. //a/b a//b ./a ~/x ~ a/b.} {
  puts "[list $p] split=[list [file split $p]] dir=[file dirname $p] tail=[file tail $p] ext=[file extension $p] root=[file rootname $p] type=[file pathtype $p]"
}
puts [file join a b c]|[file join a /b c]|[file join a/ b/]|[file join {} a]|[file join a {}]|[file join / a]|[file join a ~b]|[file join a ./~b]
puts [catch {file} m]:$m
puts [catch {file bogus} m]:$m
puts [catch {file join} m]:$m
puts [file normalize /a/b/../c/./d]
puts [file nativename /a/b]
