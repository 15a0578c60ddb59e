package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** {@code clock}: formatting, scanning and arithmetic in fixed zones (never the current time). */
class ClockCmdTest extends TclTestCase {
    @Test
    void defaultFormat() throws TclException {
        assertEquals("Thu Jan 01 00:00:00 GMT 1970", eval("clock format 0 -gmt 1"));
        assertEquals("Fri Feb 13 23:31:30 UTC 2009", eval("clock format 1234567890 -timezone :UTC"));
    }

    @Test
    void formatGroups() throws TclException {
        assertEquals("2024-01-02 10:00:00 Tue Tuesday Jan January",
                eval("clock format 1704189600 -gmt 1 -format {%Y-%m-%d %H:%M:%S %a %A %b %B}"));
        assertEquals("Tue Jan  2 10:00:00 2024|01/02/2024|10:00:00 am|002|2460312",
                eval("clock format 1704189600 -gmt 1 -format {%c|%D|%r|%j|%J}"));
        assertEquals("2025 01 2 52 53", eval("clock format 1735603200 -gmt 1 -format {%G %V %u %U %W}"),
                "31 Dec 2024 is in ISO week 1 of 2025");
        assertEquals("Stardate 78002.4", eval("clock format 1704189600 -gmt 1 -format %Q"));
        assertEquals("%q 04 x", eval("clock format 0 -gmt 1 -format {%q %Ou x}"), "unknown groups stay as written");
    }

    @Test
    void julianCalendarBefore1582() throws TclException {
        assertEquals("1582-10-04 1582-10-15",
                eval("list [clock format -12219292801 -gmt 1 -format %Y-%m-%d] "
                        + "[clock format -12219292800 -gmt 1 -format %Y-%m-%d]"));
        assertEquals("Mon Jan 03 00:00:00 GMT 0001", eval("clock format -62135596800 -gmt 1"));
    }

    @Test
    void zones() throws TclException {
        assertEquals("+0530 +0530", eval("clock format 0 -timezone +0530 -format {%z %Z}"));
        assertEquals("2024-07-03 05:46:40 EDT", eval("clock format 1720000000 -timezone EST5EDT -format {%Y-%m-%d %T %Z}"));
        assertEquals("time zone \":Foo/Bar\" not found", error("clock format 0 -timezone :Foo/Bar"));
        assertEquals("cannot use -gmt and -timezone in same call", error("clock format 0 -gmt 1 -timezone :UTC"));
    }

    @Test
    void localTimeToUtcFollowsTcl() throws TclException {
        // 02:30 does not exist on the spring-forward day: read with the old offset
        assertEquals("1710055800",
                eval("clock scan {2024-03-10 02:30:00} -format {%Y-%m-%d %H:%M:%S} -timezone EST5EDT"));
        // 01:30 happens twice on the fall-back day: the daylight one
        assertEquals("1730611800",
                eval("clock scan {2024-11-03 01:30:00} -format {%Y-%m-%d %H:%M:%S} -timezone EST5EDT"));
    }

    @Test
    void scanWithFormatTakesMissingFieldsFromBase() throws TclException {
        long base = 1686834855; // 2023-06-15 13:14:15 GMT
        assertEquals("1709596800", eval("clock scan 2024-03-05 -format %Y-%m-%d -gmt 1"));
        assertEquals("1677974400", eval("clock scan 03-05 -format %m-%d -gmt 1 -base " + base));
        assertEquals("1686787200", eval("clock scan 2024 -format %Y -gmt 1 -base " + base),
                "a year alone is not a date: the base date at midnight");
        assertEquals("1686614400", eval("clock scan Tue -format %a -gmt 1 -base " + base), "Tuesday of the base week");
        assertEquals("input string does not match supplied format", error("clock scan 12345 -format %Y"));
    }

    @Test
    void freeFormScan() throws TclException {
        String base = " -base 1686834855 -gmt 1";
        assertEquals("1704189600", eval("clock scan {2024-01-02 10:00:00}" + base));
        assertEquals("1704189600", eval("clock scan 20240102T100000" + base));
        assertEquals("1686873600", eval("clock scan tomorrow" + base));
        assertEquals("1687737600", eval("clock scan {next monday}" + base));
        assertEquals("1686837600", eval("clock scan {10:00 EDT}" + base));
        assertEquals("1672691040", eval("clock scan {Jan 2 2024}" + base), "2024 after a date is a time: 20:24");
        assertEquals("unable to convert date-time string \"junk\": syntax error (characters 0-3)",
                error("clock scan junk" + base));
        assertEquals("unable to convert date-time string \"1 2\": more than one time of day in string",
                error("clock scan {1 2}" + base));
    }

    @Test
    void add() throws TclException {
        assertEquals("1709200800", eval("clock add 1706695200 1 month -gmt 1"), "31 Jan + 1 month = 29 Feb");
        assertEquals("1710086400", eval("clock add 1710003600 1 day -timezone EST5EDT"), "a day keeps the local time");
        assertEquals("1710090000", eval("clock add 1710003600 24 hours -timezone EST5EDT"));
        assertEquals("unknown unit \"fortnight\", must be  years, months, weeks, days, hours, minutes or seconds",
                error("clock add 0 1 fortnight"));
    }

    @Test
    void currentTime() throws TclException {
        long s = Long.parseLong(eval("clock seconds"));
        long ms = Long.parseLong(eval("clock milliseconds"));
        assertTrue(Math.abs(ms / 1000 - s) <= 2);
        assertEquals("unknown or ambiguous subcommand \"m\": must be add, clicks, format, microseconds,"
                + " milliseconds, scan, or seconds", error("clock m"));
    }
}
