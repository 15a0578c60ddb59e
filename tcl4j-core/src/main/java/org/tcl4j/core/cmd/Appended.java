package org.tcl4j.core.cmd;

import org.tcl4j.core.TclValue;

/**
 * The internal form of a string built by {@code append}: a growable buffer
 * and how much of it the value covers. Appending to a value that covers the
 * whole buffer extends the buffer in place (like TclList's appends), so
 * {@code append} in a loop is linear instead of copying the string each time.
 */
final class Appended implements TclValue.StringGenerator {
    private final StringBuilder buffer;
    private final int length;

    private Appended(StringBuilder buffer, int length) {
        this.buffer = buffer;
        this.length = length;
    }

    @Override
    public String generateString() {
        return buffer.substring(0, length);
    }

    /** {@code base} followed by the strings of {@code words[from..]}. */
    static TclValue append(TclValue base, TclValue[] words, int from) {
        StringBuilder sb;
        if (base != null && base.rep() instanceof Appended a && a.length == a.buffer.length()) {
            sb = a.buffer;
        } else {
            String s = base == null ? "" : base.toString();
            sb = new StringBuilder(Math.max(16, s.length() * 2));
            sb.append(s);
        }
        for (int i = from; i < words.length; i++) {
            sb.append(words[i].toString());
        }
        return TclValue.lazy(new Appended(sb, sb.length()));
    }
}
