package org.tcl4j.core.cmd;

import java.util.Arrays;

/**
 * A time zone as Tcl's clock sees one: a table of rows "from this UTC
 * second on, the offset is X, daylight saving is on/off, the name is N",
 * read from zoneinfo files, built from POSIX TZ rules, or a single fixed
 * offset. Immutable and shared.
 */
final class ClockZone {
    /** One row of the table. */
    record Row(long from, int offset, boolean dst, String name) {
    }

    private final String spec;
    private final long[] from;
    private final Row[] rows;

    ClockZone(String spec, Row[] rows) {
        this.spec = spec;
        this.rows = rows;
        this.from = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            from[i] = rows[i].from();
        }
    }

    /** A zone with one offset for all time. */
    static ClockZone fixed(String spec, int offset, String name) {
        return new ClockZone(spec, new Row[] {new Row(Long.MIN_VALUE, offset, false, name)});
    }

    /** The name this zone was asked for by (":America/New_York", "+0100", ...). */
    String spec() {
        return spec;
    }

    /** The same offsets under other names (":localtime" shows numeric names). */
    ClockZone renamed(String newSpec, java.util.function.Function<Row, String> namer) {
        Row[] r = new Row[rows.length];
        for (int i = 0; i < rows.length; i++) {
            r[i] = new Row(rows[i].from(), rows[i].offset(), rows[i].dst(), namer.apply(rows[i]));
        }
        return new ClockZone(newSpec, r);
    }

    /** The row in force at a UTC second. */
    Row at(long utc) {
        int i = Arrays.binarySearch(from, utc);
        if (i < 0) {
            i = -i - 2;
        }
        return rows[Math.max(i, 0)];
    }

    /**
     * The UTC second of a local time. As Tcl: start by taking the local time
     * as UTC, look up the offset there, correct, and repeat until an offset
     * comes back that was seen before; that one is used. So a time skipped
     * by a spring-forward is read in the old offset, and an ambiguous time
     * takes the earlier (daylight) reading.
     */
    long toUtc(long local) {
        int[] seen = new int[8];
        int n = 0;
        long guess = local;
        while (true) {
            int off = at(guess).offset();
            for (int k = 0; k < n; k++) {
                if (seen[k] == off) {
                    return local - off;
                }
            }
            if (n == seen.length) {
                return local - off;
            }
            seen[n++] = off;
            guess = local - off;
        }
    }
}
