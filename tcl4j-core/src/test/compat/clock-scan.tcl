# clock scan -format: groups, defaults from -base, preference among fields, errors.
# Results are shown as seconds and as a GMT date; -base is fixed, never "now".
proc t {args} {
    set r [catch {uplevel 1 $args} m]
    catch { set m "$m = [clock format $m -gmt 1 -format {%Y-%m-%d %H:%M:%S %a}]" }
    puts "[lrange $args 2 end] -> $r [list $m]"
}
set B [clock scan "2023-06-15 13:14:15" -format "%Y-%m-%d %H:%M:%S" -gmt 1]
puts "base $B"
foreach {s f} {
  2024 %Y
  2024-03 %Y-%m
  2024-03-05 %Y-%m-%d
  03-05 %m-%d
  05 %d
  13:45 %H:%M
  13 %H
  45 %M
  30 %S
  "1:05 PM" "%I:%M %p"
  "12:05 am" "%I:%M %p"
  "12:05 pm" "%I:%M %P"
  99 %y
  69 %y
  68 %y
  00 %y
  "20 24" "%C %y"
  060 %j
  "2024 060" "%Y %j"
  2460312 %J
  1704189600 %s
  "2024-W01-2" "%G-W%V-%u"
  "24 01 2" "%g %V %u"
  "W10" "W%V"
  "Tue" "%a"
  "Tuesday" "%A"
  "Mar" "%b"
  "march" "%B"
  "Mar 5" "%b %d"
  " 5" "%e"
  "5" "%e"
  "3" "%N"
  "Thu Jan  1 00:00:00 1970" "%a %b %e %H:%M:%S %Y"
  "Thu Jan  1 00:00:00 GMT 1970" "%a %b %e %H:%M:%S %Z %Y"
  "Thu Jan 01 00:00:00 UTC 1970" ""
  "01/02/2024" %D
  "01/02/2024" %x
  "10:11:12" %X
  "10:11:12" %T
  "10:11" %R
  "2024-01-02 10:00 +0100" "%Y-%m-%d %H:%M %z"
  "2024-01-02 10:00 -05:30" "%Y-%m-%d %H:%M %z"
  "2024-01-02 10:00 EST" "%Y-%m-%d %H:%M %Z"
  "2024-01-02 10:00 foo" "%Y-%m-%d %H:%M %Z"
  "2024-01-02 10:00 :America/New_York" "%Y-%m-%d %H:%M %Z"
  "2024-1-2" "%Y-%m-%d"
  "2024-01-02x" "%Y-%m-%d"
  "x2024-01-02" "%Y-%m-%d"
  "  2024-01-02  " "%Y-%m-%d"
  "2024  -01-02" "%Y -%m-%d"
  "2024-13-02" "%Y-%m-%d"
  "2024-02-30" "%Y-%m-%d"
  "2024-01-02 25:00" "%Y-%m-%d %H:%M"
  "20240102" "%Y%m%d"
  "abc" "abc"
  "a%b" "a%%b"
  "12345" "%Y"
  "5 Tue" "%d %a"
  "Jan 2024" "%b %Y"
  "2024 Tue" "%Y %a"
  "W01 Tue" "W%V %a"
  "1 2 3" "%H %M %S"
  "Thu" "%a"
  "Sat" "%a"
  "3" "%u"
  "0" "%w"
  "14" "%k"
  " 2" "%l"
  "a" "%t"
  "	" "%t"
} {
  t clock scan $s -format $f -base $B -gmt 1
}
t clock scan "Stardate 78002.4" -format %Q -base $B -gmt 1
# other zones, the %Z field, DST
foreach z {:UTC :America/New_York :Europe/Berlin :Asia/Kolkata :Australia/Sydney EST5EDT +0530 -08:00} {
    foreach s {"2024-03-10 02:30:00" "2024-03-10 01:59:59" "2024-11-03 01:30:00" "2024-03-31 02:30:00"
               "2024-10-27 02:30:00" "2024-07-01 12:00:00" "1960-01-01 00:00:00" "2099-12-31 23:59:59"} {
        t clock scan $s -format "%Y-%m-%d %H:%M:%S" -timezone $z
    }
    t clock scan "15 10:00" -format "%d %H:%M" -base $B -timezone $z
}
foreach s {"2024-01-02 10:00 UTC" "2024-01-02 10:00 gmt" "2024-01-02 10:00 CEST" "2024-01-02 10:00 x"
           "2024-01-02 10:00 -0130" "2024-01-02 10:00 +01:30:15" "2024-01-02 10:00 NZDT" "2024-01-02 10:00 EDT"} {
    t clock scan $s -format "%Y-%m-%d %H:%M %Z" -timezone :America/New_York
}
# options and errors
t clock scan 2024 -format %Y -gmt 1 -timezone :UTC
t clock scan 2024 -format %Y -base x
t clock scan 2024 -format %Y -base 1.5
t clock scan 2024 -format %Y -gmt maybe -base 0
t clock scan 2024 -format %Y -foo 1
t clock scan 2024 -format
t clock scan
t clock scan 1 -form %Y -base $B -gmt 1
t clock scan 1 -format %Y -base $B -g 1
t clock scan "8" -format %u -base $B -gmt 1
t clock scan "x" -format "%d" -locale C -base $B -gmt 1
t clock scan "1 2" -format "%d %m" -base 0 -gmt 1
t clock scan "5373485" -format "%J" -gmt 1
t clock scan "5373484" -format "%J" -gmt 1
t clock scan "Tu" -format "%a" -base $B -gmt 1
t clock scan "T" -format "%a" -base $B -gmt 1
t clock scan "Su" -format "%a" -base $B -gmt 1
t clock scan "Sund" -format "%a" -base $B -gmt 1
t clock scan "Thurs" -format "%a" -base $B -gmt 1
t clock scan "Ma" -format "%b" -base $B -gmt 1
t clock scan "Mar 5" -format "%b %d" -base $B -gmt 1
t clock scan "Septem 5" -format "%b %d" -base $B -gmt 1
t clock scan "10 A" -format "%I %p" -base $B -gmt 1
t clock scan "2024-02-30T10:00" -format "%Y-%m-%dT%H:%M" -gmt 1
t clock scan "2024.060" -format "%Y.%j" -gmt 1
t clock scan "24 02 29" -format "%y %m %d" -gmt 1
t clock scan "37 01 01" -format "%y %m %d" -gmt 1
t clock scan "38 01 01" -format "%y %m %d" -gmt 1
t clock scan "2024-01-02 %" -format "%Y-%m-%d %%" -gmt 1
t clock scan "2024-01-02" -format "%Y-%m-%d %j" -gmt 1
t clock scan "2024-01-02 100" -format "%Y-%m-%d %j" -gmt 1
t clock scan "100 2024-01-02" -format "%j %Y-%m-%d" -gmt 1
t clock scan "2024-01-02 10" -format "%Y-%m-%d %I" -gmt 1
