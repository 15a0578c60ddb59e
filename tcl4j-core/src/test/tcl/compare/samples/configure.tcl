# configure, its options and prefixes, its errors, and the shortcut commands.
package require tcltest
namespace import ::tcltest::*

puts [configure]
foreach o {-verbose -match -skip -file -notfile -relateddir -asidefromdir
	   -constraints -limitconstraints -singleproc -debug -preservecore
	   -load -loadfile -outfile -errfile} {
    puts "$o = [list [configure $o]]"
}
puts "testdir is pwd: [expr {[configure -testdir] eq [pwd]}]"
puts "tmpdir is pwd: [expr {[configure -tmpdir] eq [pwd]}]"
foreach {o v} {-singleproc x -singleproc yes -debug x -debug 2 -debug -1
	       -debug 0 -preservecore x -preservecore 5 -preservecore 0
	       -limitconstraints q -limitconstraints 0 -match {a {}}
	       -match "\{" -skip x -file x -notfile "y z" -relateddir r
	       -asidefromdir a -load {puts hi} -load "\{set" -loadfile nonexist
	       -outfile /nonexistent/dir/x -errfile /nonexistent/dir/y
	       -constraints {c1 c2} -testdir /nonexistent -tmpdir /proc/none/x} {
    if {[catch {configure $o $v} m]} {
	puts "ERR $o: $m"
    } else {
	puts "OK $o: [list $m] -> [list [configure $o]]"
    }
}
configure -outfile stdout -errfile stderr
catch {configure -match} m; puts "q: $m"
catch {configure -match a -sk} m; puts "q2: $m"
puts "2: [match a] [match] [list [skip {}]] [verbose p] [verbose]"
puts [testConstraint c1]
foreach o {-c -ma -m -l -lo -load -lim -li -e -d -r -a -p -o -n -v -f -co -de
	   - -s -t -x x} {
    catch {configure $o} m; puts "$o: $m"
}
catch {configure -file x y} m; puts $m
catch {configure -file x -y z} m; puts $m
puts "match is still: [match]"
foreach c {debug errorFile limitConstraints loadFile loadScript match
	   matchDirectories matchFiles outputFile preserveCore singleProcess
	   skip skipDirectories skipFiles temporaryDirectory testsDirectory
	   verbose outputChannel errorChannel interpreter workingDirectory
	   normalizeMsg normalizePath bytestring loadTestedCommands cleanupTests
	   runAllTests customMatch testConstraint mainThread} {
    catch {$c a b c d e} m; puts "$c: $m"
}
foreach c {debug errorFile limitConstraints loadFile loadScript match
	   matchDirectories matchFiles outputFile preserveCore singleProcess
	   skip skipDirectories skipFiles verbose outputChannel errorChannel} {
    puts "$c = [list [$c]]"
}
makeDirectory sub
configure -testdir sub
puts "testdir: [file tail [configure -testdir]]"
puts [file tail [testsDirectory]]
configure -tmpdir newtmp
puts "tmpdir: [file tail [temporaryDirectory]] [file isdirectory newtmp]"
catch {configure -testdir configure.tcl} m; puts [string map [list [pwd] PWD] $m]
file delete newtmp
cleanupTests
