package org.tcl4j.core.cmd;

/**
 * A moment broken down in a time zone: what {@code clock format} prints
 * and {@code clock add} changes.
 */
final class ClockFields {
    /** Seconds since the epoch (UTC). */
    final long seconds;
    /** The same moment counted in local time. */
    final long localSeconds;
    /** Seconds east of Greenwich. */
    final int offset;
    /** The zone's name for the moment (EST, CEST, +0530, ...). */
    final String zoneName;
    final long jdn;
    final ClockCalendar.Date date;
    /** 0..86399 */
    final int secondOfDay;
    /** 0 = Sunday */
    final int dayOfWeek;

    ClockFields(long seconds, ClockZone zone, long changeover) {
        this.seconds = seconds;
        ClockZone.Row row = zone.at(seconds);
        this.offset = row.offset();
        this.zoneName = row.name();
        this.localSeconds = seconds + offset;
        this.jdn = ClockCalendar.jdnOfLocal(localSeconds);
        this.secondOfDay = (int) Math.floorMod(localSeconds, ClockCalendar.SECONDS_PER_DAY);
        this.date = ClockCalendar.fromJdn(jdn, changeover);
        this.dayOfWeek = ClockCalendar.dayOfWeek(jdn);
    }

    /** The year as written with an era: 1 BCE is year 1 (of BCE). */
    long yearOfEra() {
        return date.year() <= 0 ? 1 - date.year() : date.year();
    }

    int hour() {
        return secondOfDay / 3600;
    }

    int minute() {
        return secondOfDay / 60 % 60;
    }

    int second() {
        return secondOfDay % 60;
    }

    /** ISO 8601 day of week, 1 = Monday .. 7 = Sunday. */
    int isoDayOfWeek() {
        return dayOfWeek == 0 ? 7 : dayOfWeek;
    }
}
