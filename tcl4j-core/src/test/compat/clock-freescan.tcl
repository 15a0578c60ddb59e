# clock scan without -format: the free-form grammar (dates, times, zones, relative parts).
# -base is fixed; results are shown as GMT dates.
proc t {s args} {
    set r [catch {clock scan $s -base 1686834855 {*}$args} m]
    catch { set m [clock format $m -gmt 1 -format {%Y-%m-%d %H:%M:%S %a}] }
    puts "[list $s $args] -> $r [list $m]"
}
foreach s {
  "2024-01-02" "2024-01-02 10:00:00" "2024-01-02T10:00:00" "20240102" "20240102T100000" "20240102 100000" "2024-01-02 10:00"
  "01/02/2024" "1/2/24" "01/02" "1/2/1999" "12/31/69" "12/31/70" "1/1/37" "1/1/38" "1/1/00"
  "Jan 2, 2024" "Jan 2 2024" "2 Jan 2024" "January 2" "2-Jan-2024" "Jan 2" "2 January" "Jan. 2, 2024" "Sept 5 2024" "jan 2024"
  "10:00" "10:00:00" "10:00am" "10am" "10:00 pm" "10 pm" "12:00 am" "12:00 pm" "10:00:00 GMT" "10:00 UTC" "10:00 EST" "10:00 EDT" "10:00 +0100" "10:00 -0530" "10:00 CET" "10:00 JST" "10:00 PST"
  "2024-01-02 +1 day" "Jan 2 2024 10:00 +2 weeks" "Thu Jan  1 00:00:00 1970" "Thu Jan 01 00:00:00 GMT 1970" "Thu, 01 Jan 1970 00:00:00 GMT" "Sun, 06 Nov 1994 08:49:37 GMT" "Sunday, 06-Nov-94 08:49:37 GMT" "Sun Nov  6 08:49:37 1994"
  "x" "z" "a" "junk" "" "  " "2024" "1999" "12" "1200" "123456" "2024-13-45" "25:00" "10:61" "1 2 3"
  "2024-01-02 10:00:00.5" "@1234" "tomorrow 10:00" "midnight" "noon" "10:00 tomorrow" "first monday" "third week"
  "1970-01-01 00:00:00 UTC" "2024-06-01 12:00 CEST" "1/2/2024 3pm" "3pm" "15:00:00 +01:00" "2024/01/02"
} { t $s -gmt 1 }
foreach s {
 "1/1/39" "1/1/38" "39-01-01" "1/1/99" "1/1/100" "1/1/1900" "2024-01-02 T 10:00:00" "2024-01-02t10:00:00" "20240102t100000" "2024-01-02 10:00:00Z" "2024-01-02T10:00:00Z" "2024-01-02T10:00:00+01:00" "2024-01-02T10:00:00+0100"
 "10:00 NST" "10:00 IST" "10:00 NFT" "10:00 JT" "10:00 CAST" "10:00 BST" "10:00 EST DST" "10:00 MET DST" "10:00 -05" "10:00 +5" "10:00 +12345" "10:00-0500" "10:00:00-0500" "10:00 - 0500"
 "this" "next" "last" "ago" "epoch" "stardate 1000.5" "Stardate 78002.4" "tomorrow" "1 day" "day" "days" "fortnights" "hour" "hours" "hrs" "min" "mins" "minute" "sec" "secs" "second" "month" "months" "year" "years" "week" "weeks" "wk"
 "sun" "sunday" "tues" "tue" "wednes" "wed" "thur" "thurs" "thu" "fri" "sat" "sat." "mon," "monday," "2 monday" "-1 monday" "next 2 months" "next month" "next 2 monday" "next january" "next 2 january" "last year"
 "jan" "january" "feb" "sept" "sep" "june" "jun." "july" "marc" "Jun 1st" "1st" "AM" "10 AM" "10 a.m." "10:00 a.m." "10:00 P.M." "13 pm" "0 am" "12 am" "10:30pm"
 "1 2" "10:00 11:00" "EST PST" "jan 1 feb 2" "2024-01-02 2023-01-01" "+2 days ago" "2 days ago ago" "Jan 2 2024 10:00" "10:00 Jan 2 2024" "Jan 2 10:00 2024" "Tue Jan 2 2024" "2024 Jan 2"
 "Monday 2024-01-08" "2024-01-08 Monday" "Mon Jan 8" "Mon, Jan 8" "1 month 2 days" "-1 month" "+ 1 month" "- 1 month" "1 -month" "2024-02-30" "2023-02-29"
} { t $s -gmt 1 }
foreach s {"+0100" "-0100" "EST +0100" "+0100 10:00" "Jan 2 +0100" "2024-01-02 EST" "20240102 EST" "2024-01-02 10:00 EST" "012" "0012" "5 -3 days" "1 day 2 hours ago" "2 days ago 3 hours" "(comment) 10:00" "10:00 (EST)" "10:00:00 pm" "10:00:00pm EST" "10:00 +01" "tomorrow tomorrow" "monday tuesday" "next january next february" "1 2 3 4" "10:00 2024" "Jan 2 10:00 2024 EST" "2024-01-02 10:00:00 -0500" "10:00:00 -05:00" "+1 -1 day" "-0100 1 day" "1/2 2024" "2024-06-15 +1 month"} { t $s }
foreach s {"2024-01-02 U 10:00:00" "2024-01-02 T" "10:00 T" "T" "U" "2024-01-02T10:00" "2024-01-02T10" "20240102T10:00:00"
           "20240102T1000" "20240102 1000" "2024-01-02 1000" "20240102T100000Z" "2024-01-02 10:00:00 +0100" "10:00 +0100 EST"
           "EST 10:00" "10:00EST" "10:00:00.5" "j" "J" "n" "m" "y" "12/31" "12/31/2024 23:59:59" "2024-12-31 23:59:60"
           "2024-06-15 00:00:00 CEST" "Jan 32" "0/0/0" "1/2/3/4" "31-Dec-2024" "31 Dec 2024" "31 dec" "1-jan-70" "Jan-1-2024"
           "2024-Jan-01" "Thursday, January 1, 1970" "Thu Jan  1 00:00:00 EST 1970" "today 10:00" "yesterday 23:00"
           "3 days ago 10:00" "10:00 3 days ago" "next friday 10:00" "friday next week" "monday +1 week"
           "1 year 1 month 1 day 1 hour 1 minute 1 second" "2 fortnight ago" "0 days" "+0 days"} {
    t $s -gmt 1
}
foreach z {:America/New_York :Europe/Berlin EST5EDT +0530} {
    foreach s {"2024-03-10 02:30" "2024-11-03 01:30" "2024-03-10 01:59:59 +1 hour" "2024-03-09 12:00 +1 day"
               "2024-03-09 12:00 +24 hours" "tomorrow" "next monday 10:00" "next january" "10:00 UTC" "+1 month"} {
        t $s -timezone $z
    }
}
t "10:00" -locale C
t "10:00" -gmt 1 -timezone :UTC
t "10:00" -base x
# the grammar's quirks: shared month, digit count of the next number, weekday time of day, error order
foreach s {"1999 Thursday" "Thursday 1999" "13 pm friday" "10:61 sunday" "1999 next january" "+0100 friday"
           "T +0100 friday" "10:00 -0500 day 2024-01-02" "next 12 Feb. EST months 100000" "a 31 2024 sat"
           "CEST 2024 1/2 2" "3 100000" "Jan 5 next june" "monday +2 hours" "1999 2 thursday"
           "10:00 11:00 EST PST" "jan 1 feb 2 10:00 11:00" "monday friday EST PST"
           "next jan next feb monday friday" "T +0100 friday week friday" "+0100 +0200" "1 -month" "5 -3 days"} {
    t $s -gmt 1
}
