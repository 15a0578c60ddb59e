# tcltest.tcl --
#
#	The tcltest 2.5 test harness of tcl4j.
#
#	Written for tcl4j from the tcltest(n) manual page, with the exact text of
#	its messages taken from watching Tcl 8.6's own tcltest run test files (no
#	code of Tcl's tcltest.tcl was used). Test files written for Tcl's tcltest
#	run unchanged and print the same reports, so that a suite gives the same
#	output under tclsh and under jtclsh.
#
#	The file also loads and works under a plain tclsh:
#	    tclsh% source tcltest.tcl ;# now "package require tcltest" is this one
#
#	One addition for tcl4j's JUnit bridge: when a command
#	::tcltest::ReportHook exists, every test also calls
#	    ::tcltest::ReportHook name status message
#	with status passed, failed or skipped; message is the failure report (as
#	printed, without the blank lines around it) or the reason of a skip.
#
#	Reading guide: state and options first, then constraints, then the test
#	command (parse, filter, run, compare, report), cleanupTests, runAllTests,
#	the file helpers, and the small utility commands at the end.

namespace eval ::tcltest {
    variable Version 2.5.5
    # The file this package was loaded from: self-tests load the same file
    # into child interpreters.
    variable LibraryScript [info script]

    namespace export bytestring cleanupTests configure customMatch debug \
	    errorChannel errorFile getMatchingFiles interpreter \
	    limitConstraints loadFile loadScript loadTestedCommands mainThread \
	    makeDirectory makeFile match matchDirectories matchFiles \
	    normalizeMsg normalizePath outputChannel outputFile preserveCore \
	    removeDirectory removeFile restoreState runAllTests saveState \
	    singleProcess skip skipDirectories skipFiles temporaryDirectory \
	    test testConstraint testsDirectory threadReap verbose viewFile \
	    workingDirectory
}
catch {package provide tcltest $::tcltest::Version}

# ---------------------------------------------------------------------------
# State. The variable names are those Tcl's tcltest documents or test files
# are known to read (::tcltest::verbose, ::tcltest::testConstraints(unix),
# ::tcltest::numTests(Failed), ...).

namespace eval ::tcltest {
    # The directory the suite was started in: default of -tmpdir and -testdir.
    variable workingDirectory
    if {[catch {pwd} workingDirectory]} {
	set workingDirectory ""
    }
    # The interpreter runAllTests starts for each test file.
    variable tcltest
    if {[catch {info nameofexecutable} tcltest]} {
	set tcltest ""
    }
    variable mainThread 1
    if {[llength [info commands ::thread::id]]} {
	set mainThread [::thread::id]
    }

    variable outputChannel stdout
    variable errorChannel stderr

    # Counters of the tests run since the last cleanupTests.
    variable numTests
    array set numTests {Total 0 Passed 0 Skipped 0 Failed 0}
    # Skip reason (constraint) -> number of tests skipped for it.
    variable skippedBecause
    array set skippedBecause {}
    # Constraint name -> boolean; filled lazily from ConstraintInit.
    variable testConstraints
    array set testConstraints {}
    variable ConstraintInit
    array set ConstraintInit {}
    # -match mode -> command prefix completed with expected and actual.
    variable CustomMatch
    array set CustomMatch {
	exact	{::string equal}
	glob	{::string match}
	regexp	{::regexp --}
    }

    variable testLevel 0
    variable testSingleFile 1
    variable currentFailure false
    variable numTestFiles 0
    variable failFiles {}
    variable filesMade {}
    variable filesExisted {}
    # Whether files left in the temporary directory are looked for: from
    # the first makeFile/makeDirectory, or for the whole of runAllTests.
    variable LeakCheck 0
    variable createdNewFiles
    array set createdNewFiles {}
    # test name -> file in which it was last used (reported at -debug 1)
    variable TestNames
    array set TestNames {}
    # Output captured by -output/-errorOutput while a test body runs.
    variable outData {}
    variable errData {}
    variable CaptureDepth 0
    # Files opened by -outfile/-errfile (closed when replaced).
    variable ChannelsWeOpened
    array set ChannelsWeOpened {}

    variable originalEnv
    array set originalEnv {}
    catch {array set originalEnv [array get ::env]}

    # Whether ::argv has been applied (done lazily, at first use).
    variable CmdLineDone 0
}

# ---------------------------------------------------------------------------
# Configuration options.
#
# Each option has a variable, a kind (how a value is checked and stored) and
# a default. Options are matched by unique prefix.

# (Load-time loops run in procedures, so that their variables cannot meet a
# global variable of the same name.)
proc ::tcltest::DefineOptions {} {
    variable Options
    variable DefaultValue
    variable workingDirectory
    foreach {opt var kind default} [list \
	    -verbose	    verbose		verbose {body error} \
	    -match	    match		list	* \
	    -skip	    skip		list	{} \
	    -file	    matchFiles		list	*.test \
	    -notfile	    skipFiles		list	l.*.test \
	    -relateddir	    matchDirectories	list	* \
	    -asidefromdir   skipDirectories	list	{} \
	    -constraints    constraintsSpecified constraints {} \
	    -limitconstraints limitConstraints	boolean	0 \
	    -singleproc	    singleProcess	boolean	0 \
	    -debug	    debug		integer	0 \
	    -preservecore   preserveCore	integer	0 \
	    -load	    loadScript		script	{} \
	    -loadfile	    loadFile		loadfile {} \
	    -tmpdir	    temporaryDirectory	tmpdir	$workingDirectory \
	    -testdir	    testsDirectory	testdir	$workingDirectory \
	    -outfile	    outputFile		outfile	stdout \
	    -errfile	    errorFile		errfile	stderr] {
	set Options($opt) [list $var $kind]
	set DefaultValue($opt) $default
	variable $var $default
    }
}
::tcltest::DefineOptions

namespace eval ::tcltest {
    # The order in which an ambiguous prefix lists its candidates (as Tcl's
    # tcltest prints them).
    variable OptionOrder {-match -singleproc -testdir -skip -limitconstraints
	-outfile -loadfile -tmpdir -relateddir -constraints -load -preservecore
	-verbose -debug -file -errfile -notfile -asidefromdir}

    # The levels of -verbose, and the letters that abbreviate them.
    variable VerboseLevels {body pass skip start error line msec usec}
    variable VerboseLetters {b body p pass s skip t start e error m msec u usec}
}

# JoinOr --
#	"a, b, or c": the way tcltest lists choices in its error messages.
proc ::tcltest::JoinOr {words} {
    if {[llength $words] < 2} {
	return [join $words]
    }
    return "[join [lrange $words 0 end-1] {, }], or [lindex $words end]"
}

# MatchOption --
#	Resolve an option name or unique prefix to the full option name.
proc ::tcltest::MatchOption {name} {
    variable Options
    variable OptionOrder
    if {[info exists Options($name)]} {
	return $name
    }
    set candidates {}
    foreach opt $OptionOrder {
	if {[string first $name $opt] == 0} {
	    lappend candidates $opt
	}
    }
    switch -- [llength $candidates] {
	0 {
	    return -code error -errorcode {TCLTEST OPTION UNKNOWN} \
		    "unknown option $name: should be one of\
		    [JoinOr [lsort [array names Options]]]"
	}
	1 {
	    return [lindex $candidates 0]
	}
    }
    return -code error -errorcode {TCLTEST OPTION AMBIGUOUS} \
	    "ambiguous option $name: could match [JoinOr $candidates]"
}

# configure --
#	configure                      -> list of the options
#	configure -option              -> its value
#	configure -option value ...    -> set, in order, stopping at an error
proc ::tcltest::configure {args} {
    ProcessCmdLine
    Configure {*}$args
}

proc ::tcltest::Configure {args} {
    variable Options
    set n [llength $args]
    if {$n == 0} {
	return [lsort [array names Options]]
    }
    if {$n == 1} {
	set var [lindex $Options([MatchOption [lindex $args 0]]) 0]
	variable $var
	return [set $var]
    }
    for {set i 0} {$i < $n} {incr i 2} {
	set opt [MatchOption [lindex $args $i]]
	if {$i + 1 == $n} {
	    return -code error "missing value for option $opt"
	}
	SetOption $opt [lindex $args [expr {$i + 1}]]
    }
    return
}

# SetOption --
#	Check a value for its option's kind and store it.
proc ::tcltest::SetOption {opt value} {
    variable Options
    lassign $Options($opt) var kind
    variable $var
    if {[catch {Accept-$kind $opt $value} stored]} {
	return -code error "invalid $opt value \"$value\": $stored"
    }
    set $var $stored
    # Options with an effect beyond their variable.
    switch -- $opt {
	-constraints {
	    foreach c $stored {
		testConstraint $c 1
	    }
	    ClearUnselectedConstraints
	}
	-limitconstraints {
	    ClearUnselectedConstraints
	}
	-loadfile {
	    if {$stored ne ""} {
		variable loadScript
		set fd [open $stored]
		set loadScript [read $fd]
		close $fd
	    }
	}
	-outfile {
	    variable outputChannel
	    OpenOutput outputChannel $opt $stored
	}
	-errfile {
	    variable errorChannel
	    OpenOutput errorChannel $opt $stored
	}
    }
    return
}

proc ::tcltest::Accept-boolean {opt value} {
    if {![string is boolean -strict $value]} {
	return -code error "expected boolean value but got \"$value\""
    }
    return [expr {$value ? 1 : 0}]
}

proc ::tcltest::Accept-integer {opt value} {
    if {![string is integer -strict $value]} {
	return -code error "expected integer but got \"$value\""
    }
    return $value
}

proc ::tcltest::Accept-list {opt value} {
    llength $value
    return $value
}

proc ::tcltest::Accept-constraints {opt value} {
    llength $value
    return $value
}

proc ::tcltest::Accept-script {opt value} {
    if {![info complete $value]} {
	return -code error "invalid Tcl script: $value"
    }
    return $value
}

# Accept-verbose --
#	A list of level names, or one word of level letters ("pst"). Unknown
#	names and letters are dropped, as Tcl's tcltest does (which also means
#	that the letter "l" is not understood: use the word "line").
proc ::tcltest::Accept-verbose {opt value} {
    variable VerboseLevels
    variable VerboseLetters
    llength $value
    set levels {}
    if {[llength $value] == 1 && [lindex $value 0] ni $VerboseLevels} {
	array set letter $VerboseLetters
	foreach c [split [lindex $value 0] ""] {
	    if {[info exists letter($c)]} {
		lappend levels $letter($c)
	    }
	}
	return $levels
    }
    foreach level $value {
	if {$level in $VerboseLevels} {
	    lappend levels $level
	}
    }
    return $levels
}

# Accept-tmpdir --
#	The temporary directory is created when it does not exist yet.
proc ::tcltest::Accept-tmpdir {opt value} {
    set dir [file normalize $value]
    if {![file exists $dir]} {
	file mkdir $dir
    }
    if {![file isdirectory $dir]} {
	return -code error "\"$dir\" is not a directory"
    }
    if {![file writable $dir]} {
	return -code error "\"$dir\" is not writable"
    }
    return $dir
}

proc ::tcltest::Accept-testdir {opt value} {
    set dir [file normalize $value]
    if {![file exists $dir]} {
	return -code error "\"$dir\" does not exist"
    }
    if {![file isdirectory $dir]} {
	return -code error "\"$dir\" is not a directory"
    }
    if {![file readable $dir]} {
	return -code error "\"$dir\" is not readable"
    }
    return $dir
}

proc ::tcltest::Accept-loadfile {opt value} {
    if {$value eq ""} {
	return ""
    }
    set file [file normalize $value]
    if {![file readable $file]} {
	return -code error "\"$file\" is not readable"
    }
    return $file
}

proc ::tcltest::Accept-outfile {opt value} {
    return $value
}

proc ::tcltest::Accept-errfile {opt value} {
    return $value
}

# OpenOutput --
#	-outfile/-errfile: "stdout" and "stderr" name those channels, anything
#	else is a file opened for writing. The option keeps the file name even
#	when the file cannot be opened (and says so with Tcl's message).
proc ::tcltest::OpenOutput {channelVar opt file} {
    variable ChannelsWeOpened
    upvar 1 $channelVar channel
    if {$file in {stdout stderr}} {
	set new $file
    } elseif {[catch {open $file w} new]} {
	return -code error "can't set \"Option($opt)\": $new"
    }
    if {[info exists ChannelsWeOpened($channel)] && $channel ne $new} {
	unset ChannelsWeOpened($channel)
	catch {close $channel}
    }
    if {$new ni {stdout stderr}} {
	set ChannelsWeOpened($new) 1
    }
    set channel $new
}

# The commands that are shortcuts for "configure -option ?value?".
proc ::tcltest::DefineShortcuts {} {
    foreach {cmd opt} {
	debug			-debug
	errorFile		-errfile
	limitConstraints	-limitconstraints
	loadFile		-loadfile
	loadScript		-load
	match			-match
	matchDirectories	-relateddir
	matchFiles		-file
	outputFile		-outfile
	preserveCore		-preservecore
	singleProcess		-singleproc
	skip			-skip
	skipDirectories		-asidefromdir
	skipFiles		-notfile
	temporaryDirectory	-tmpdir
	testsDirectory		-testdir
	verbose			-verbose
    } {
	proc ::tcltest::$cmd {args} [string map [list @OPT@ $opt @CMD@ $cmd] {
	    switch -- [llength $args] {
		0 {
		    return [configure @OPT@]
		}
		1 {
		    configure @OPT@ [lindex $args 0]
		    return [configure @OPT@]
		}
	    }
	    return -code error {wrong # args: should be "@CMD@ ?value?"}
	}]
    }
}
::tcltest::DefineShortcuts

# ---------------------------------------------------------------------------
# The command line.
#
# Like Tcl's tcltest, the package applies the options in ::argv by itself,
# at the first use of the package (so a test file run as "tclsh x.test
# -verbose p" is configured even when it never calls configure). Unknown
# options are warned about and ignored; anything else wrong ends the
# program.

proc ::tcltest::ProcessCmdLine {} {
    variable CmdLineDone
    if {$CmdLineDone} {
	return
    }
    set CmdLineDone 1
    RemoveAutoConfigureTraces
    if {![info exists ::argv]} {
	return
    }
    set flags $::argv
    if {"-help" in $flags} {
	PrintUsageInfo
	exit 1
    }
    set valid {}
    set n [llength $flags]
    for {set i 0} {$i < $n} {incr i 2} {
	if {[catch {MatchOption [lindex $flags $i]} opt]} {
	    if {$::errorCode eq {TCLTEST OPTION UNKNOWN}} {
		Out "WARNING: $opt"
		continue
	    }
	    puts stderr $opt
	    exit 1
	}
	if {$i + 1 == $n} {
	    puts stderr "missing value for option $opt"
	    exit 1
	}
	lappend valid $opt [lindex $flags [expr {$i + 1}]]
    }
    if {[catch {Configure {*}$valid} msg]} {
	puts stderr $msg
	exit 1
    }
    variable debug
    if {$debug >= 2} {
	DebugSettings
    }
}

# -debug 2 shows the settings and the environment once the command line has
# been read.
proc ::tcltest::DebugSettings {} {
    DebugPuts 2 "Flags passed into tcltest:"
    DebugPuts 2 "    argv: $::argv"
    set settings {}
    foreach name {debug testsDirectory workingDirectory temporaryDirectory
	    outputChannel errorChannel} {
	variable $name
	lappend settings tcltest::$name [set $name]
    }
    DebugPuts 2 [AlignedPairs $settings]
    DebugPuts 2 "Original environment (tcltest::originalEnv):"
    variable originalEnv
    variable testConstraints
    foreach text [list [AlignedArray originalEnv originalEnv] "Constraints:" \
	    [AlignedArray testConstraints testConstraints]] {
	if {$text ne ""} {
	    DebugPuts 2 $text
	}
    }
}

# "name = value" lines with the = signs in one column, as parray prints.
proc ::tcltest::AlignedPairs {pairs} {
    set width 0
    foreach {name value} $pairs {
	set width [expr {max($width, [string length $name])}]
    }
    set lines {}
    foreach {name value} $pairs {
	lappend lines [format "%-*s = %s" $width $name $value]
    }
    join $lines \n
}

proc ::tcltest::AlignedArray {arrayVar label} {
    upvar 1 $arrayVar array
    set pairs {}
    foreach name [lsort [array names array]] {
	lappend pairs $label\($name\) $array($name)
    }
    AlignedPairs $pairs
}

# Reading one of the option variables directly (::tcltest::verbose, ...)
# also applies ::argv first. The traces are a convenience: where the runtime
# has no variable traces, the commands still apply ::argv themselves.
proc ::tcltest::EstablishAutoConfigureTraces {} {
    variable Options
    foreach opt [array names Options] {
	set var ::tcltest::[lindex $Options($opt) 0]
	catch {trace add variable $var read ::tcltest::AutoConfigure}
    }
}

proc ::tcltest::RemoveAutoConfigureTraces {} {
    variable Options
    foreach opt [array names Options] {
	set var ::tcltest::[lindex $Options($opt) 0]
	catch {trace remove variable $var read ::tcltest::AutoConfigure}
    }
}

proc ::tcltest::AutoConfigure {args} {
    ProcessCmdLine
}

proc ::tcltest::PrintUsageInfo {} {
    variable Options
    variable DefaultValue
    set usage {
	-asidefromdir pattern	{Skip the directories that match the glob patterns given.}
	-constraints list	{Set the listed constraints to true.}
	-debug level		{Internal debug level (0 to 3).}
	-errfile file		{Send the error output of the tests to this file.}
	-file pattern		{Run the test files that match the glob patterns given.}
	-limitconstraints boolean {Run only the tests whose constraints are all in -constraints.}
	-load script		{Script that loads the commands under test.}
	-loadfile file		{File with the script that loads the commands under test.}
	-match list		{Run the tests whose names match one of the glob patterns given.}
	-notfile pattern	{Skip the test files that match the glob patterns given.}
	-outfile file		{Send the output of the tests to this file.}
	-preservecore level	{Check for core files: 0 at the end, 1 after each test, 2 also keep them in -tmpdir.}
	-relateddir pattern	{Run the all.tcl of the directories that match the glob patterns given.}
	-singleproc boolean	{Source all test files into this interpreter instead of one process each.}
	-skip list		{Skip the tests whose names match one of the glob patterns given.}
	-testdir directory	{Where runAllTests looks for test files.}
	-tmpdir directory	{Where makeFile and makeDirectory create their files.}
	-verbose level		{What to print: body pass skip start error line msec usec, or their letters.}
    }
    set name [file tail [info nameofexecutable]]
    Out "Usage: $name script ?-help? ?flag value? ... "
    Out "Available flags (and valid input values) are:"
    Out [format "  %-26s %s" -help "Display this usage information."]
    foreach {flag arg text} $usage {
	Out [format "  %-26s %s  (default: \[%s\])" "$flag $arg" $text \
		$DefaultValue($flag)]
    }
}

# ---------------------------------------------------------------------------
# Constraints.
#
# A constraint is a name with a boolean value. The built-in ones are
# computed when first asked for, like Tcl's tcltest does (some of them start
# processes or open sockets).

proc ::tcltest::Platform {} {
    if {[info exists ::tcl_platform(platform)]} {
	return $::tcl_platform(platform)
    }
    return unix
}

proc ::tcltest::PlatformOs {} {
    if {[info exists ::tcl_platform(os)]} {
	return $::tcl_platform(os)
    }
    return ""
}

proc ::tcltest::DefineConstraintInitializers {} {
    variable ConstraintInit
    foreach {name script} {
	unix		{expr {[Platform] eq "unix"}}
	win		{expr {[Platform] eq "windows"}}
	pc		{ConstraintValue win}
	nt		{expr {[Platform] eq "windows" && [PlatformOs] eq "Windows NT"}}
	95		{expr {[Platform] eq "windows" && [PlatformOs] eq "Windows 95"}}
	98		{expr {[Platform] eq "windows" && [PlatformOs] eq "Windows 98"}}
	mac		{expr {[Platform] eq "macintosh"}}
	unixOnly	{ConstraintValue unix}
	winOnly		{ConstraintValue win}
	pcOnly		{ConstraintValue win}
	macOnly		{ConstraintValue mac}
	unixOrWin	{expr {[ConstraintValue unix] || [ConstraintValue win]}}
	unixOrPc	{expr {[ConstraintValue unix] || [ConstraintValue win]}}
	macOrWin	{expr {[ConstraintValue mac] || [ConstraintValue win]}}
	macOrPc		{expr {[ConstraintValue mac] || [ConstraintValue win]}}
	macOrUnix	{expr {[ConstraintValue mac] || [ConstraintValue unix]}}
	tempNotWin	{expr {![ConstraintValue win]}}
	tempNotPc	{expr {![ConstraintValue win]}}
	tempNotMac	{expr {![ConstraintValue mac]}}
	tempNotUnix	{expr {![ConstraintValue unix]}}
	unixCrash	{expr {![ConstraintValue unix]}}
	winCrash	{expr {![ConstraintValue win]}}
	pcCrash		{expr {![ConstraintValue win]}}
	macCrash	{expr {![ConstraintValue mac]}}
	emptyTest	{return 0}
	knownBug	{return 0}
	nonPortable	{return 0}
	userInteraction	{return 0}
	interactive	{expr {[info exists ::tcl_interactive] && $::tcl_interactive}}
	singleTestInterp {variable singleProcess; expr {!!$singleProcess}}
	nonBlockFiles	{NonBlockingFiles}
	asyncPipeClose	{expr {![ConstraintValue win]}}
	unixExecs	{UnixExecs}
	hasIsoLocale	{expr {[llength [info commands ::testlocale]] > 0}}
	root		{expr {[ConstraintValue unix] && [info exists ::tcl_platform(user)] && $::tcl_platform(user) eq "root"}}
	notRoot		{expr {![ConstraintValue root]}}
	eformat		{expr {[format %g 5e-5] eq "5e-05"}}
	stdio		{PipeToInterpreter}
	socket		{LocalSocket}
    } {
	set ConstraintInit($name) $script
    }
}
::tcltest::DefineConstraintInitializers

# Can a file channel be put in non-blocking mode?
proc ::tcltest::NonBlockingFiles {} {
    if {[catch {open [info nameofexecutable]} fd]} {
	return 0
    }
    set ok [expr {![catch {fconfigure $fd -blocking 0}]}]
    close $fd
    return $ok
}

# Are the Unix commands that many test suites exec available?
proc ::tcltest::UnixExecs {} {
    if {![ConstraintValue unix]} {
	return 0
    }
    foreach cmd {cat echo sh wc rm sleep fgrep ps chmod mkdir} {
	if {[catch {auto_execok $cmd} path] || $path eq ""} {
	    return 0
	}
    }
    return 1
}

# Can the interpreter be started as a pipe?
proc ::tcltest::PipeToInterpreter {} {
    variable tcltest
    if {[catch {open |[list $tcltest] w} fd]} {
	return 0
    }
    return [expr {![catch {close $fd}]}]
}

proc ::tcltest::LocalSocket {} {
    if {[catch {socket -server {} -myaddr 127.0.0.1 0} sock]} {
	return 0
    }
    close $sock
    return 1
}

# InitConstraint --
#	Give a built-in constraint its value the first time it is needed. With
#	-limitconstraints on, only the constraints of -constraints are true.
proc ::tcltest::InitConstraint {name} {
    variable testConstraints
    variable ConstraintInit
    variable limitConstraints
    variable constraintsSpecified
    if {[info exists testConstraints($name)]
	    || ![info exists ConstraintInit($name)]} {
	return
    }
    if {$limitConstraints && $name ni $constraintsSpecified} {
	set testConstraints($name) 0
    } elseif {[catch {namespace eval ::tcltest $ConstraintInit($name)} value]} {
	set testConstraints($name) 0
    } else {
	set testConstraints($name) $value
    }
}

# ConstraintValue --
#	1 when the constraint is defined and true, else 0.
proc ::tcltest::ConstraintValue {name} {
    variable testConstraints
    InitConstraint $name
    if {![info exists testConstraints($name)]} {
	return 0
    }
    if {[catch {expr {!!$testConstraints($name)}} value]} {
	return 0
    }
    return $value
}

# Reading ::tcltest::testConstraints(name) directly also sees the built-in
# constraints (where the runtime has array traces).
proc ::tcltest::InitOnRead {name1 name2 op} {
    if {$name2 ne ""} {
	InitConstraint $name2
    }
}
catch {
    trace add variable ::tcltest::testConstraints read ::tcltest::InitOnRead
}

# testConstraint --
#	testConstraint name         -> its boolean value (0 when undefined)
#	testConstraint name value   -> set it
proc ::tcltest::testConstraint {args} {
    variable testConstraints
    variable limitConstraints
    variable constraintsSpecified
    ProcessCmdLine
    switch -- [llength $args] {
	1 {
	    set name [lindex $args 0]
	    InitConstraint $name
	    if {[info exists testConstraints($name)]} {
		return $testConstraints($name)
	    }
	    return 0
	}
	2 {
	    lassign $args name value
	    if {![string is boolean -strict $value]} {
		return -code error "expected boolean value but got \"$value\""
	    }
	    if {$limitConstraints && $name ni $constraintsSpecified} {
		set value 0
	    }
	    return [set testConstraints($name) $value]
	}
    }
    return -code error \
	    {wrong # args: should be "testConstraint constraint ?value?"}
}

# With -limitconstraints on, every constraint not listed in -constraints is
# false, including the built-in ones not computed yet.
proc ::tcltest::ClearUnselectedConstraints {} {
    variable limitConstraints
    variable constraintsSpecified
    variable testConstraints
    variable ConstraintInit
    if {!$limitConstraints} {
	return
    }
    foreach name [concat [array names testConstraints] \
	    [array names ConstraintInit]] {
	if {$name ni $constraintsSpecified} {
	    set testConstraints($name) 0
	}
    }
}

# SkipReason --
#	Why a test with these -constraints does not run, or "" when it runs.
#	The value is a list of constraint names (the first false one is the
#	reason) or, when it holds other characters, an expression in which
#	names stand for their constraints (the whole expression is the reason).
proc ::tcltest::SkipReason {constraints} {
    variable limitConstraints
    if {[string trim $constraints] eq ""} {
	if {$limitConstraints} {
	    return userSpecifiedLimitConstraint
	}
	return ""
    }
    if {[string match {*[$\[]*} $constraints]} {
	# A full expression, evaluated as it is.
	set expression $constraints
    } elseif {[regexp {[^.:_a-zA-Z0-9 \n\r\t]} $constraints]} {
	# Constraint names combined with operators: "unix && !knownBug".
	regsub -all {[.:\w]+} $constraints {[::tcltest::ConstraintValue &]} \
		expression
    } else {
	foreach name $constraints {
	    if {![ConstraintValue $name]} {
		return $name
	    }
	}
	return ""
    }
    if {[catch {namespace eval ::tcltest [list expr $expression]} value]
	    || ![string is boolean -strict $value] || !$value} {
	return $constraints
    }
    return ""
}

# ---------------------------------------------------------------------------
# Output and debugging.

proc ::tcltest::Out {text} {
    variable outputChannel
    puts $outputChannel $text
}

proc ::tcltest::FlushOut {} {
    variable outputChannel
    catch {flush $outputChannel}
}

proc ::tcltest::IsVerbose {level} {
    variable verbose
    expr {$level in $verbose}
}

# Debug messages go to stdout whatever -outfile says.
proc ::tcltest::DebugPuts {level text} {
    variable debug
    if {$debug >= $level} {
	puts $text
    }
}

# Milliseconds or microseconds, for -verbose msec/usec.
proc ::tcltest::Now {} {
    if {[catch {clock microseconds} now]} {
	return 0
    }
    return $now
}

# ---------------------------------------------------------------------------
# The test command.

# test --
#	test name description ?-option value ...?
#	test name description ?constraints? body result
#	test name description optionList
#
#	Runs the test (when selected and its constraints hold) and reports a
#	failure on outputChannel. Returns an empty string; raises an error only
#	for bad arguments.
proc ::tcltest::test {name description args} {
    variable testLevel
    variable numTests
    variable debug
    variable match
    variable skip
    variable TestNames
    variable outData
    variable errData
    ProcessCmdLine
    DebugPuts 3 "test $name $args"

    if {[llength $args] == 1} {
	array set opt [ParseTestOptions [SubstListForm [lindex $args 0]] 1]
    } elseif {[llength $args] % 2 && [string index [lindex $args 0] 0] eq "-"} {
	# Tcl's tcltest counts this test as running before it finds the
	# options unpaired, and stops counting the tests after it (they look
	# like tests run by a test). Done the same, for the same statistics.
	incr testLevel
	return -code error "list must have an even number of elements"
    } else {
	array set opt [ParseTestOptions $args 0]
    }

    # The -match of a test is checked before anything runs.
    variable CustomMatch
    if {![info exists CustomMatch($opt(-match))]} {
	return -code error "bad -match value \"$opt(-match)\": must be\
		[JoinOr [lsort [array names CustomMatch]]]"
    }
    set returnCodes [string map -nocase {
	ok 0 error 1 return 2 break 3 continue 4
    } $opt(-returnCodes)]
    if {[info exists opt(-errorCode)] && 1 ni $returnCodes} {
	set returnCodes 1
    }

    # Only the outermost test counts (tests may run tests).
    incr testLevel
    set counted [expr {$testLevel == 1}]
    if {$counted} {
	incr numTests(Total)
    }

    # Is the test selected by -match and -skip, and do its constraints hold?
    if {![MatchesAny $name $match]} {
	Skipped $name userSpecifiedNonMatch $counted
	incr testLevel -1
	return
    }
    if {[MatchesAny $name $skip]} {
	Skipped $name userSpecifiedSkip $counted
	incr testLevel -1
	return
    }
    if {$debug >= 1} {
	if {[info exists TestNames($name)]} {
	    DebugPuts 1 "test name '$name' re-used; prior use in $TestNames($name)"
	}
	set TestNames($name) [info script]
    }
    set reason [SkipReason $opt(-constraints)]
    if {$reason ne ""} {
	Skipped $name $reason $counted
	incr testLevel -1
	return
    }

    # Run it. The three scripts run in the caller's context.
    if {[IsVerbose start]} {
	Out "---- $name start"
	FlushOut
    }
    set setup $opt(-setup)
    set script $opt(-body)
    set cleanup $opt(-cleanup)
    DebugPuts 3 "Running $name [list $script]"
    CoreFileState
    set capture [expr {[info exists opt(-output)]
	    || [info exists opt(-errorOutput)]}]
    set start [Now]

    set setupCode [catch {uplevel 1 $setup} setupMsg]
    if {$setupCode == 1} {
	set setupErrorInfo $::errorInfo
	set setupErrorCode $::errorCode
    }
    # The body runs only after a good setup. (When it does not run, the
    # output compared is what the last body printed, as in Tcl's tcltest.)
    if {$setupCode == 0} {
	if {$capture} {
	    StartCapture
	}
	set code [catch {uplevel 1 $script} actualAnswer]
	if {$code == 1} {
	    set errorInfo $::errorInfo
	    set errorCode $::errorCode
	}
	if {$capture} {
	    StopCapture
	}
    }
    set cleanupCode [catch {uplevel 1 $cleanup} cleanupMsg]
    if {$cleanupCode == 1} {
	set cleanupErrorInfo $::errorInfo
	set cleanupErrorCode $::errorCode
    }
    set elapsed [expr {[Now] - $start}]

    # Compare. Nothing about the body is judged when its setup failed, and
    # its result and output are not judged when its return code is wrong.
    set report {}
    if {[IsVerbose body] && $script ne ""} {
	lappend report "==== Contents of test case:" $script
    }
    set failed 0
    if {$setupCode != 0} {
	set failed 1
	lappend report "---- Test setup failed:" $setupMsg
	if {$setupCode == 1} {
	    lappend report "---- errorInfo(setup): $setupErrorInfo" \
		    "---- errorCode(setup): $setupErrorCode"
	}
    }
    set codeFailure [expr {$setupCode == 0 && $code ni $returnCodes}]
    if {$codeFailure} {
	set failed 1
	lappend report "---- [CodeDescription $code]; Return code was: $code" \
		"---- Return code should have been one of: $returnCodes"
	if {$code == 1 && [IsVerbose error]} {
	    lappend report "---- errorInfo: $errorInfo" \
		    "---- errorCode: $errorCode"
	}
    } elseif {$setupCode == 0} {
	if {[catch {Matches $opt(-match) $opt(-result) $actualAnswer} ok]} {
	    set failed 1
	    lappend report "---- Error testing result: $ok"
	} elseif {!$ok} {
	    set failed 1
	    lappend report "---- Result was:" $actualAnswer \
		    "---- Result should have been ($opt(-match) matching):" \
		    $opt(-result)
	}
	if {$code == 1 && [info exists opt(-errorCode)]
		&& ![string match $opt(-errorCode) $errorCode]} {
	    set failed 1
	    lappend report "---- Error code was: '$errorCode'" \
		    "---- Error code should have been: '$opt(-errorCode)'"
	}
    }
    if {!$codeFailure} {
	foreach {option data label} {
	    -output outData Output -errorOutput errData {Error output}
	} {
	    if {![info exists opt($option)]} {
		continue
	    }
	    set actual [set $data]
	    if {[catch {Matches $opt(-match) $opt($option) $actual} ok]} {
		set failed 1
		lappend report "---- Error testing [string range $option 1 end]: $ok"
	    } elseif {!$ok} {
		set failed 1
		lappend report "---- $label was:" $actual \
			"---- $label should have been ($opt(-match) matching):" \
			$opt($option)
	    }
	}
    }
    if {$cleanupCode != 0} {
	set failed 1
	lappend report "---- Test cleanup failed:" $cleanupMsg
	if {$cleanupCode == 1} {
	    lappend report "---- errorInfo(cleanup): $cleanupErrorInfo" \
		    "---- errorCode(cleanup): $cleanupErrorCode"
	}
    }
    set coreReport [CoreFileCheck $name]
    if {$coreReport ne ""} {
	set failed 1
	lappend report $coreReport
    }

    if {[IsVerbose msec]} {
	Out "++++ $name took [expr {$elapsed / 1000}] ms"
    }
    if {[IsVerbose usec]} {
	Out "++++ $name took $elapsed \u00b5s"
    }
    if {$failed} {
	set where ""
	if {[IsVerbose line]} {
	    set where [SourceLocation [info frame -1]]
	}
	Failed $name $description $report $where [expr {$testLevel == 1}]
    } else {
	Passed $name [expr {$testLevel == 1}]
    }
    incr testLevel -1
    return
}

# ParseTestOptions --
#	The option/value list of a test (old positional forms turned into
#	options), checked, with the defaults filled in. An option list given
#	as one argument may miss its last value.
proc ::tcltest::ParseTestOptions {words listForm} {
    set n [llength $words]
    if {$listForm} {
	if {$n % 2} {
	    lappend words {}
	}
    } elseif {$n > 0 && [string index [lindex $words 0] 0] ne "-"} {
	switch -- $n {
	    2 {
		set words [list -body [lindex $words 0] -result [lindex $words 1]]
	    }
	    3 {
		set words [list -constraints [lindex $words 0] \
			-body [lindex $words 1] -result [lindex $words 2]]
	    }
	    default {
		return -code error \
			{wrong # args: should be "test name desc ?options?"}
	    }
	}
    }
    if {[llength $words] % 2} {
	return -code error "list must have an even number of elements"
    }
    array set opt {
	-constraints {} -setup {} -body {} -cleanup {} -result {}
	-match exact -returnCodes {ok return}
    }
    set valid {-body -cleanup -constraints -errorCode -errorOutput -match
	-output -result -returnCodes -setup}
    foreach {option value} $words {
	if {$option ni $valid} {
	    return -code error "bad option \"$option\": must be [JoinOr $valid]"
	}
	set opt($option) $value
    }
    return [array get opt]
}

# SubstListForm --
#	"test name desc optionList": the discouraged one-argument form. Values
#	not written in braces get substitutions in the caller of test, as
#	Tcl's tcltest does.
proc ::tcltest::SubstListForm {text} {
    set words $text
    if {[llength $words] % 2} {
	lappend words {}
    }
    set result {}
    foreach {option value} $words {
	set braced "(^|\[ \t\n\])[string map {- \\-} $option]\[ \t\n\]+\\\{"
	if {[string match -* $option] && ![regexp $braced $text]} {
	    set value [uplevel 2 ::concat $value]
	}
	lappend result $option $value
    }
    return $result
}

proc ::tcltest::MatchesAny {name patterns} {
    foreach pattern $patterns {
	if {[string match $pattern $name]} {
	    return 1
	}
    }
    return 0
}

# Matches --
#	Compare with a -match mode (built-in or from customMatch). Errors of
#	the comparison are the caller's to report.
proc ::tcltest::Matches {mode expected actual} {
    variable CustomMatch
    set result [namespace eval :: \
	    [concat $CustomMatch($mode) [list $expected $actual]]]
    if {![string is boolean -strict $result]} {
	return -code error "Invalid result from `-match $mode' command:\
		expected boolean value but got \"$result\""
    }
    return [expr {!!$result}]
}

proc ::tcltest::CodeDescription {code} {
    switch -- $code {
	0 {return "Test completed normally"}
	1 {return "Test generated error"}
	2 {return "Test generated return exception"}
	3 {return "Test generated break exception"}
	4 {return "Test generated continue exception"}
    }
    return "Test generated exception"
}

# "file:line" of the test command, for -verbose line.
proc ::tcltest::SourceLocation {frame} {
    array set f $frame
    if {[info exists f(file)] && [info exists f(line)]} {
	return "$f(file):$f(line)"
    }
    return "[file normalize [info script]]:0"
}

proc ::tcltest::Passed {name counted} {
    variable numTests
    # Tests run by tests pass silently.
    if {$counted} {
	incr numTests(Passed)
	if {[IsVerbose pass]} {
	    Out "++++ $name PASSED"
	}
    }
    Report $name passed ""
}

# Skipped --
#	Count a skipped test. Tests left out by -match/-skip are silent (and
#	listed by constraint only at -debug 1 and above).
proc ::tcltest::Skipped {name reason counted} {
    variable numTests
    variable skippedBecause
    variable debug
    set silent [expr {$reason in {
	userSpecifiedNonMatch userSpecifiedSkip userSpecifiedLimitConstraint
    }}]
    if {$counted} {
	incr numTests(Skipped)
	if {$reason ni {userSpecifiedNonMatch userSpecifiedSkip} || $debug >= 1} {
	    if {[info exists skippedBecause($reason)]} {
		incr skippedBecause($reason)
	    } else {
		set skippedBecause($reason) 1
	    }
	}
    }
    if {!$silent && [IsVerbose skip]} {
	Out "++++ $name SKIPPED: $reason"
    }
    Report $name skipped $reason
}

# Failed --
#	Print the failure report: the lines collected by test between the
#	"==== name description FAILED" and "==== name FAILED" lines.
proc ::tcltest::Failed {name description report where counted} {
    variable numTests
    variable currentFailure
    if {$counted} {
	incr numTests(Failed)
    }
    set currentFailure true
    set text [join [concat [list "==== $name $description FAILED"] $report \
	    [list "==== $name FAILED"]] \n]
    if {$where ne ""} {
	Out "\n\n$where: error: test failed: $name $description"
    } else {
	Out "\n"
    }
    Out $text\n
    FlushOut
    Report $name failed $text
}

proc ::tcltest::Report {name status message} {
    if {[llength [info commands ::tcltest::ReportHook]]} {
	::tcltest::ReportHook $name $status $message
    }
}

# -output and -errorOutput: while the body runs, puts to stdout/stderr (or
# outputChannel/errorChannel) is collected instead of written.
proc ::tcltest::StartCapture {} {
    variable outData
    variable errData
    variable CaptureDepth
    set outData ""
    set errData ""
    if {[incr CaptureDepth] == 1} {
	rename ::puts ::tcltest::Puts
	proc ::puts {args} {::tcltest::CapturingPuts {*}$args}
    }
}

proc ::tcltest::StopCapture {} {
    variable CaptureDepth
    if {[incr CaptureDepth -1] == 0} {
	rename ::puts {}
	rename ::tcltest::Puts ::puts
    }
}

proc ::tcltest::CapturingPuts {args} {
    variable outData
    variable errData
    variable outputChannel
    variable errorChannel
    set newline \n
    if {[lindex $args 0] eq "-nonewline" && [llength $args] > 1} {
	set newline ""
	set args [lrange $args 1 end]
    }
    switch -- [llength $args] {
	1 {
	    set channel stdout
	}
	2 {
	    set channel [lindex $args 0]
	}
	default {
	    # Let the real puts report the error.
	    return [Puts {*}$args]
	}
    }
    set text [lindex $args end]
    if {$channel in [list stdout $outputChannel]} {
	append outData $text $newline
    } elseif {$channel in [list stderr $errorChannel]} {
	append errData $text $newline
    } elseif {$newline eq ""} {
	Puts -nonewline $channel $text
    } else {
	Puts $channel $text
    }
    return
}

# Core files (-preservecore): a core file in the working directory that is
# new, or newer than the one there when a test last started, fails the test;
# at level 2 it is moved to the temporary directory. Watching for core files
# also starts watching for files left behind.
proc ::tcltest::CoreFileState {} {
    variable preserveCore
    variable workingDirectory
    variable CoreModTime
    if {$preserveCore < 1} {
	return
    }
    StartLeakCheck
    set core [file join $workingDirectory core]
    if {[file exists $core]} {
	set CoreModTime [file mtime $core]
    }
}

proc ::tcltest::CoreFileCheck {name} {
    variable preserveCore
    variable workingDirectory
    variable temporaryDirectory
    variable CoreModTime
    if {$preserveCore < 1} {
	return ""
    }
    set core [file join $workingDirectory core]
    if {![file exists $core] || ([info exists CoreModTime]
	    && $CoreModTime == [file mtime $core])} {
	return ""
    }
    set text "---- Core file produced while running test!  "
    if {$preserveCore > 1} {
	set kept [file join $temporaryDirectory core-$name]
	catch {file rename -force $core $kept}
	append text "\nMoving file to: $kept"
    }
    return $text
}

# ---------------------------------------------------------------------------
# cleanupTests

# cleanupTests --
#	At the end of a test file: remove the files of makeFile/makeDirectory,
#	restore ::env, print the statistics of the file (or of the whole run,
#	when runAllTests calls it with calledFromAllFile true) and reset them.
proc ::tcltest::cleanupTests {{calledFromAllFile 0}} {
    variable numTests
    variable skippedBecause
    variable testSingleFile
    variable currentFailure
    variable failFiles
    variable filesMade
    variable numTestFiles
    variable createdNewFiles
    ProcessCmdLine
    set testFileName [ScriptName]

    cleanupTestsHook
    foreach file $filesMade {
	catch {file delete -force -- $file}
    }
    set filesMade {}

    if {!$testSingleFile && !$calledFromAllFile && $currentFailure} {
	# One file of runAllTests -singleproc 1 had failures.
	lappend failFiles $testFileName
	set currentFailure false
    }
    if {!$calledFromAllFile} {
	NoteLeftFiles $testFileName
    }
    RestoreEnv

    if {!$calledFromAllFile && !$testSingleFile} {
	return
    }
    Out "$testFileName:\tTotal\t$numTests(Total)\tPassed\t$numTests(Passed)\tSkipped\t$numTests(Skipped)\tFailed\t$numTests(Failed)"
    if {$calledFromAllFile} {
	Out "Sourced $numTestFiles Test Files."
	set numTestFiles 0
	if {[llength $failFiles]} {
	    Out "Files with failing tests: $failFiles"
	    set failFiles {}
	}
    }
    if {[array size skippedBecause]} {
	Out "Number of tests skipped for each constraint:"
	foreach reason [lsort [array names skippedBecause]] {
	    Out "\t$skippedBecause($reason)\t$reason"
	}
	array unset skippedBecause
    }
    if {[array size createdNewFiles]} {
	Out "Warning: files left behind:"
	foreach file [lsort [array names createdNewFiles]] {
	    Out "\t$file:\t$createdNewFiles($file)"
	}
	array unset createdNewFiles
    }
    foreach index [array names numTests] {
	set numTests($index) 0
    }
    set currentFailure false
    FlushOut
    return
}

# The name of the test file being sourced, without its directory. (Works
# before the runtime has the file command.)
proc ::tcltest::ScriptName {} {
    set script [info script]
    if {[catch {file tail $script} name]} {
	regsub {^.*/} $script {} name
    }
    return $name
}

# A hook test suites may redefine; cleanupTests calls it first.
proc ::tcltest::cleanupTestsHook {} {}

# Files that appeared in the temporary directory since the last look, not
# made by makeFile/makeDirectory, are reported at the end of runAllTests.
proc ::tcltest::FilesInTemporaryDirectory {} {
    variable temporaryDirectory
    if {[catch {glob -nocomplain -tails -directory $temporaryDirectory *} files]} {
	return {}
    }
    return [lsort $files]
}

proc ::tcltest::StartLeakCheck {} {
    variable LeakCheck
    variable filesExisted
    if {!$LeakCheck} {
	set LeakCheck 1
	set filesExisted [FilesInTemporaryDirectory]
    }
}

proc ::tcltest::NoteLeftFiles {testFileName} {
    variable filesExisted
    variable createdNewFiles
    variable LeakCheck
    if {!$LeakCheck} {
	return
    }
    set now [FilesInTemporaryDirectory]
    set new {}
    foreach file $now {
	if {$file ni $filesExisted} {
	    lappend new $file
	}
    }
    if {[llength $new]} {
	set createdNewFiles($testFileName) $new
    }
    set filesExisted $now
}

# The environment as it was when the package was loaded.
proc ::tcltest::RestoreEnv {} {
    variable originalEnv
    if {![array exists ::env] || ![array size originalEnv]} {
	return
    }
    foreach name [array names ::env] {
	if {![info exists originalEnv($name)]} {
	    catch {unset ::env($name)}
	}
    }
    foreach name [array names originalEnv] {
	if {![info exists ::env($name)] || $::env($name) ne $originalEnv($name)} {
	    catch {set ::env($name) $originalEnv($name)}
	}
    }
}

# ---------------------------------------------------------------------------
# runAllTests

# runAllTests --
#	Run every test file of -testdir that matches -file and not -notfile,
#	sourced here (-singleproc 1) or each in its own process, then print one
#	summary and go on with the all.tcl of the subdirectories.
proc ::tcltest::runAllTests {{shell ""}} {
    variable tcltest
    variable testSingleFile
    variable singleProcess
    variable testsDirectory
    variable temporaryDirectory
    variable match
    variable skip
    variable matchFiles
    variable skipFiles
    variable numTestFiles
    variable filesExisted
    ProcessCmdLine
    if {$shell eq ""} {
	set shell $tcltest
    }
    set testSingleFile false

    Out "Tests running in interp:  $shell"
    Out "Tests located in:  $testsDirectory"
    Out "Tests running in:  [workingDirectory]"
    Out "Temporary files stored in $temporaryDirectory"
    if {$singleProcess} {
	Out "Test files sourced into current interpreter"
    } else {
	Out "Test files run in separate interpreters"
    }
    if {[llength $skip]} {
	Out "Skipping tests that match:  $skip"
    }
    Out "Running tests that match:  $match"
    if {[llength $skipFiles]} {
	Out "Skipping test files that match:  $skipFiles"
    }
    if {[llength $matchFiles]} {
	Out "Only running test files that match:  $matchFiles"
    }
    Out "Tests began at [Date]"

    variable LeakCheck 0
    StartLeakCheck
    set files [GetMatchingFiles]
    if {[llength $files] == 0} {
	Out "Error:  No test files remain after applying your match and skip patterns!"
    }
    set errorFiles {}
    foreach file $files {
	set tail [file tail $file]
	Out $tail
	FlushOut
	incr numTestFiles
	if {$singleProcess} {
	    if {[catch {uplevel 1 [list ::source $file]} msg]} {
		Out "Test file error: $msg"
		lappend errorFiles $tail
	    }
	} elseif {![RunTestFileInChild $shell $file]} {
	    lappend errorFiles $tail
	}
    }
    Out "\nTests ended at [Date]"
    cleanupTests 1
    if {[llength $errorFiles]} {
	Out "\nTest files exiting with errors:  \n"
	foreach tail $errorFiles {
	    Out "  $tail\n"
	}
    }

    foreach dir [GetMatchingDirectories $testsDirectory] {
	set all [file join $dir all.tcl]
	if {![file exists $all]} {
	    continue
	}
	set tail [file tail $dir]
	Out [string repeat ~ 44]
	Out "$tail test began at [Date]\n"
	uplevel 1 [list ::source $all]
	Out "\n$tail test ended at [Date]\n"
	Out [string repeat ~ 44]
    }
    FlushOut
    return
}

proc ::tcltest::Date {} {
    if {[catch {clock format [clock seconds]} date]} {
	return ""
    }
    return $date
}

# RunTestFileInChild --
#	Run one test file in a new process with our configuration as its
#	arguments; pass its output on, but keep the statistics lines to
#	total them. Returns 0 when the file ended with an error.
proc ::tcltest::RunTestFileInChild {shell file} {
    variable numTests
    variable skippedBecause
    variable failFiles
    set command [concat [list $shell $file] [ChildArguments]]
    if {[catch {open |$command r} pipe]} {
	Out "Test file error: $pipe"
	return 0
    }
    set summary {^(.*):\tTotal\t([0-9]+)\tPassed\t([0-9]+)\tSkipped\t([0-9]+)\tFailed\t([0-9]+)$}
    while {[gets $pipe line] >= 0} {
	if {[regexp $summary $line -> name total passed skipped failed]} {
	    incr numTests(Total) $total
	    incr numTests(Passed) $passed
	    incr numTests(Skipped) $skipped
	    incr numTests(Failed) $failed
	    if {$failed > 0} {
		lappend failFiles $name
	    }
	} elseif {$line eq "Number of tests skipped for each constraint:"} {
	    continue
	} elseif {[regexp "^\t(\[0-9\]+)\t(.*)\$" $line -> count reason]} {
	    if {[info exists skippedBecause($reason)]} {
		incr skippedBecause($reason) $count
	    } else {
		set skippedBecause($reason) $count
	    }
	} else {
	    Out $line
	}
    }
    if {[catch {close $pipe} msg]} {
	Out "Test file error: $msg"
	return 0
    }
    return 1
}

# The options that differ from their defaults (except -outfile: the child's
# output comes back through the pipe).
proc ::tcltest::ChildArguments {} {
    variable Options
    variable DefaultValue
    set arguments {}
    foreach opt [lsort [array names Options]] {
	if {$opt eq "-outfile"} {
	    continue
	}
	set value [Configure $opt]
	if {$value ne $DefaultValue($opt)} {
	    lappend arguments $opt $value
	}
    }
    return $arguments
}

# getMatchingFiles --
#	The test files of the given directories (default -testdir) matching
#	-file and not -notfile, sorted.
proc ::tcltest::getMatchingFiles {args} {
    variable testsDirectory
    variable matchFiles
    variable skipFiles
    if {[llength $args] == 0} {
	set args [list $testsDirectory]
    }
    set result {}
    foreach dir $args {
	set found {}
	foreach pattern $matchFiles {
	    foreach file [glob -nocomplain -types f -directory $dir -- $pattern] {
		if {![MatchesAny [file tail $file] $skipFiles]} {
		    lappend found $file
		}
	    }
	}
	lappend result {*}[lsort -unique $found]
    }
    return $result
}
proc ::tcltest::GetMatchingFiles {args} {
    getMatchingFiles {*}$args
}

# GetMatchingDirectories --
#	Subdirectories (recursively, sorted) matching -relateddir and not
#	-asidefromdir; a directory set aside is not searched either.
proc ::tcltest::GetMatchingDirectories {root} {
    variable matchDirectories
    variable skipDirectories
    set result {}
    foreach dir [lsort [glob -nocomplain -types d -directory $root *]] {
	set tail [file tail $dir]
	if {[MatchesAny $tail $matchDirectories]
		&& ![MatchesAny $tail $skipDirectories]} {
	    lappend result $dir {*}[GetMatchingDirectories $dir]
	}
    }
    return $result
}

# ---------------------------------------------------------------------------
# Files for tests. Relative names are relative to the directory given, by
# default the temporary directory (-tmpdir). Files made here are removed by
# the next cleanupTests.

proc ::tcltest::makeFile {contents name {directory ""}} {
    variable filesMade
    set path [TestPath $name $directory]
    DebugPuts 3 "makeFile: putting ``$contents'' into $path"
    StartLeakCheck
    set fd [open $path w]
    if {[string index $contents end] eq "\n"} {
	puts -nonewline $fd $contents
    } else {
	puts $fd $contents
    }
    close $fd
    if {$path ni $filesMade} {
	lappend filesMade $path
    }
    return $path
}

proc ::tcltest::removeFile {name {directory ""}} {
    set path [TestPath $name $directory]
    DebugPuts 3 "removeFile: removing $path"
    Forget $path
    file delete -- $path
    return
}

proc ::tcltest::makeDirectory {name {directory ""}} {
    variable filesMade
    set path [TestPath $name $directory]
    DebugPuts 3 "makeDirectory: creating $path"
    StartLeakCheck
    file mkdir $path
    if {$path ni $filesMade} {
	lappend filesMade $path
    }
    return $path
}

proc ::tcltest::removeDirectory {name {directory ""}} {
    set path [TestPath $name $directory]
    DebugPuts 3 "removeDirectory: deleting $path"
    Forget $path
    file delete -force -- $path
    return
}

# viewFile --
#	The contents of a file without its final newline (read -nonewline).
proc ::tcltest::viewFile {name {directory ""}} {
    set fd [open [TestPath $name $directory]]
    set data [read -nonewline $fd]
    close $fd
    return $data
}

proc ::tcltest::TestPath {name directory} {
    if {$directory eq ""} {
	set directory [temporaryDirectory]
    }
    return [file join $directory $name]
}

proc ::tcltest::Forget {path} {
    variable filesMade
    set i [lsearch -exact $filesMade $path]
    if {$i >= 0} {
	set filesMade [lreplace $filesMade $i $i]
    }
}

# ---------------------------------------------------------------------------
# Other commands.

proc ::tcltest::customMatch {mode script} {
    variable CustomMatch
    set CustomMatch($mode) $script
}

# loadTestedCommands --
#	Evaluate the -load script (or the contents of -loadfile) in the
#	caller's context.
proc ::tcltest::loadTestedCommands {} {
    variable loadScript
    ProcessCmdLine
    return [uplevel 1 $loadScript]
}

proc ::tcltest::interpreter {args} {
    variable tcltest
    switch -- [llength $args] {
	0 {}
	1 {
	    set tcltest [lindex $args 0]
	}
	default {
	    return -code error {wrong # args: should be "interpreter ?interp?"}
	}
    }
    return $tcltest
}

proc ::tcltest::outputChannel {args} {
    variable outputChannel
    ProcessCmdLine
    switch -- [llength $args] {
	0 {}
	1 {
	    set outputChannel [lindex $args 0]
	}
	default {
	    return -code error {wrong # args: should be "outputChannel ?filename?"}
	}
    }
    return $outputChannel
}

proc ::tcltest::errorChannel {args} {
    variable errorChannel
    ProcessCmdLine
    switch -- [llength $args] {
	0 {}
	1 {
	    set errorChannel [lindex $args 0]
	}
	default {
	    return -code error {wrong # args: should be "errorChannel ?filename?"}
	}
    }
    return $errorChannel
}

# workingDirectory ?dir? -- setting it also changes the current directory.
proc ::tcltest::workingDirectory {args} {
    variable workingDirectory
    switch -- [llength $args] {
	0 {}
	1 {
	    cd [lindex $args 0]
	    set workingDirectory [pwd]
	}
	default {
	    return -code error {wrong # args: should be "workingDirectory ?dir?"}
	}
    }
    return $workingDirectory
}

proc ::tcltest::mainThread {args} {
    variable mainThread
    switch -- [llength $args] {
	0 {}
	1 {
	    set mainThread [lindex $args 0]
	}
	default {
	    return -code error {wrong # args: should be "mainThread ?new?"}
	}
    }
    return $mainThread
}

# normalizeMsg --
#	Drop the final newline of a message, then make each pair of newlines
#	one.
proc ::tcltest::normalizeMsg {msg} {
    regsub "\n\$" $msg "" msg
    regsub -all "\n\n" $msg "\n" msg
    return $msg
}

# normalizePath --
#	The directory in the variable as [pwd] names it after a cd there (the
#	current directory when it cannot be entered).
proc ::tcltest::normalizePath {pathVar} {
    upvar 1 $pathVar path
    set here [pwd]
    catch {cd $path}
    set path [pwd]
    cd $here
    return $path
}

# bytestring --
#	The string whose characters are the bytes of the given one.
proc ::tcltest::bytestring {string} {
    return [encoding convertfrom identity $string]
}

# saveState / restoreState --
#	Remember the procedures and global variables, and later remove the
#	ones created since.
proc ::tcltest::saveState {} {
    variable SavedState
    set SavedState [list [info procs ::*] [info vars ::*]]
    return
}

proc ::tcltest::restoreState {} {
    variable SavedState
    if {![info exists SavedState]} {
	return
    }
    lassign $SavedState procs vars
    foreach p [info procs ::*] {
	if {$p ni $procs && ![string match ::tcltest::* $p]} {
	    catch {rename $p {}}
	}
    }
    foreach v [info vars ::*] {
	if {$v ni $vars} {
	    catch {unset $v}
	}
    }
    return
}

# threadReap --
#	Without the Thread package there is only the main thread.
proc ::tcltest::threadReap {} {
    if {[llength [info commands ::thread::names]]} {
	foreach id [::thread::names] {
	    if {$id ne [mainThread]} {
		catch {::thread::release -wait $id}
	    }
	}
	return [llength [::thread::names]]
    }
    return 1
}

# ---------------------------------------------------------------------------
# Load time: options from the environment, then ::argv at first use.

# TCLTEST_OPTIONS: options for every test file; mistakes are warned about.
proc ::tcltest::ConfigureFromEnvironment {} {
    set options $::env(TCLTEST_OPTIONS)
    if {[catch {llength $options} msg]} {
	Out "WARNING: invalid TCLTEST_OPTIONS \"$options\":\n  invalid Tcl list: $msg"
	return
    }
    if {[llength $options] % 2} {
	Out "WARNING: invalid TCLTEST_OPTIONS: \"$options\":\n  should be -option value ?-option value ...?"
	return
    }
    if {[catch {Configure {*}$options} msg]} {
	Out "WARNING: invalid TCLTEST_OPTIONS: \"$options\":\n  $msg"
    }
}
if {[info exists ::env(TCLTEST_OPTIONS)]} {
    ::tcltest::ConfigureFromEnvironment
}
::tcltest::EstablishAutoConfigureTraces
