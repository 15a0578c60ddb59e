package org.tcl4j.core.io;

/**
 * End-of-line translation of one direction of a channel. {@code binary} is
 * not a translation of its own: it is LF together with the binary encoding
 * (which is also how tclsh reports it).
 */
public enum Translation {
    AUTO("auto"), LF("lf"), CR("cr"), CRLF("crlf");

    private final String tclName;

    Translation(String tclName) {
        this.tclName = tclName;
    }

    /** The name {@code fconfigure -translation} shows. */
    public String tclName() {
        return tclName;
    }
}
