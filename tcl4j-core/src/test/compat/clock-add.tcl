# clock add: calendar units in the zone's local time, clock units as seconds.
set ::errorCode NONE
proc t {args} {
    set r [catch {clock add {*}$args} m]
    catch { set m [clock format $m -gmt 1 -format {%Y-%m-%d %H:%M:%S %a}] }
    puts "$args -> $r [list $m] [lindex [list {} $::errorCode] $r]"
}
set b [clock scan "2024-01-31 10:00:00" -format "%Y-%m-%d %H:%M:%S" -gmt 1]
t $b 1 month -gmt 1
t $b 2 months -gmt 1
t $b -1 month -gmt 1
t $b 1 year -gmt 1
t $b 1 years -gmt 1
t $b 13 months -gmt 1
t $b 1 week -gmt 1
t $b -2 weeks -gmt 1
t $b 1 day -gmt 1
t $b 1 hour -gmt 1
t $b 90 minutes -gmt 1
t $b 1 second -gmt 1
t $b 1 day 1 month -gmt 1
t $b 1 month 1 day -gmt 1
set s [clock scan "2024-01-06 10:00:00" -format "%Y-%m-%d %H:%M:%S" -gmt 1]
set s [clock scan "2024-01-07 10:00:00" -format "%Y-%m-%d %H:%M:%S" -gmt 1]
set l [clock scan "2024-02-29 10:00:00" -format "%Y-%m-%d %H:%M:%S" -gmt 1]
t $l 1 year -gmt 1
t $l 4 years -gmt 1
t $l -12 months -gmt 1
set n [clock scan "2024-03-09 12:00:00" -format "%Y-%m-%d %H:%M:%S" -timezone :America/New_York]
t $n 1 day -timezone :America/New_York
t $n 24 hours -timezone :America/New_York
t $n 1 month -timezone :America/New_York
t $b 1.5 days -gmt 1
t $b 0x10 days -gmt 1
t $b 1 Days -gmt 1
t $b 1 month -gmt 1 -timezone :UTC
t $b 1 month -locale C
t $b 1 month -gmt 1 -gmt 0
t $b 99999999999 seconds -gmt 1
t $b 1000000 years -gmt 1
t 1e3 1 day
t $b 1 day -timezone :Nowhere
set b 1706695200
t $b
t $b 1 -gmt 1
t $b 1 day 2
t $b -1 years -gmt 1
t $b 0 months -gmt 1
t $b 1 year 1 month 1 week 1 day 1 hour 1 minute 1 second -gmt 1
t $b 12 hours -timezone :America/New_York
t $b 1 month -timezone +0530
t $b 1 day -timezone EST5EDT
foreach z {:America/New_York :Europe/London :Australia/Sydney} {
    foreach s {1710054000 1730613600 1711846800 1729990800 1712419200 1728187200} {
        foreach u {{1 day} {-1 day} {1 month} {24 hours} {1 week} {-1 year}} {
            t $s {*}$u -timezone $z
        }
    }
}
set r [catch {clock add} m]; puts "$r $m"
