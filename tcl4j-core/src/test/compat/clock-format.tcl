# clock format: every %-group at fixed moments (never the current time), in fixed zones.
proc f {t fmt args} {
    set r [catch {clock format $t -format $fmt {*}$args} m]
    puts "$t [list $fmt] $args -> $r [list $m]"
}
set groups {%a %A %b %B %c %C %d %D %e %Ec %EC %Ex %EX %Ey %EY %g %G %h %H %I %j %J %k %l %m %M %N
    %Od %Oe %OH %OI %Ok %Ol %Om %OM %OS %Ou %Ow %Oy %p %P %Q %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%
    %+ %r %R %n %q %Ez %Oz %i %v %L}
foreach t {0 1 -1 -86400 951782400 1704189600 1735603200 1230768000 1104537600 1009843200 1234567890
           -62135596800 -62135596801 -12219292800 -12219292801 -99999999999 253402300800 -30610224000
           -200000000000 2147483647 -2147483648 4102444800} {
    set out "$t:"
    foreach g $groups {
        append out " $g=[clock format $t -format $g -gmt 1]"
    }
    puts $out
}
# the default format and the -gmt/-timezone spellings
puts [clock format 0 -gmt 1]
puts [clock format 1234567890 -gmt true]
puts [clock format 1234567890 -timezone :UTC]
puts [clock format 1234567890 -timezone UTC]
puts [clock format 1234567890 -g 1 -f %Y]
puts [clock format 0x10 -gmt 1]
puts [clock format " 12 " -gmt 1]
puts [clock format 1234567890 -format {} -gmt 1]
puts [clock format 1234567890 -format % -gmt 1]
puts [clock format 1234567890 -format {%a %%a %E} -gmt 1]
puts [clock format 1234567890 -format {%O} -gmt 1]
puts [clock format 1234567890 -format {100%} -gmt 1]
puts [clock format 1234567890 -format {%Y-%m-%d %H:%M:%S} -gmt 1 -format {%s}]
puts [clock format 1234567890 -gmt 1 -locale C -format %c]
puts [clock format 1234567890 -gmt 1 -locale en_US -format %x]
# numeric offsets: the name is the text given; seconds show in %z
foreach z {+0530 -0800 +05:30 +053015 -0000 +2400 +0060 +05 -12:34:56 +0100junk} {
    f 1234567890 {%Y-%m-%d %H:%M:%S %z %Z} -timezone $z
}
# POSIX TZ strings
foreach z {EST5EDT EST5 CET-1CEST XST5XDT XST5XDT4 XST-5:30XDT foo5 GMT0 <+03>-3 EST5EDT,M3.2.0/2:00:00,M11.1.0/2:00:00
           EST5EDT,60,300 IST-2IDT,M3.4.4/26,M10.5.0 CET-1CEST,M3.5.0,M10.5.0/3} {
    foreach t {0 1720000000 1710054000 1730613600 -1600000000} {
        f $t {%Y-%m-%d %H:%M:%S %z %Z} -timezone $z
    }
}
# errors
f 0 %Y -timezone :Foo/Bar
puts $errorCode
f 0 %Y -timezone Etc/GMT+5
puts $errorCode
f 0 %Y -timezone foo
puts $errorCode
f 0 %Y -timezone +5
f 0 %Y -timezone EST5EDT,J60,J300
f 0 %Y -gmt 1 -timezone :UTC
puts $errorCode
f 0 %Y -gmt 0 -timezone :UTC
f 0 %Y -gmt x
f x %Y
f 1e10 %Y
f 1.5 %Y
f 18446744073709551616 %Y
foreach args {{} {0 -foo} {0 -format} {0 -gmt} {0 -format %Y extra} {0 -foo x} {0 -gm 1 -loc}} {
    set r [catch {clock format {*}$args} m]
    puts "clock format $args -> $r [list $m] [lindex [list {} $errorCode] $r]"
}
