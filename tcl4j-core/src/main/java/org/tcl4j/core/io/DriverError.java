package org.tcl4j.core.io;

import java.io.IOException;

/**
 * A failure a driver describes in its own words (a TLS driver's
 * "handshake failed: ..."), where no POSIX error fits. The channel reports
 * it as tclsh reports driver errors, for instance {@code error reading
 * "sock5": handshake failed: ...}, with the driver's errorCode. A close
 * reports just the message.
 */
public class DriverError extends IOException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;

    /**
     * @param message the text after {@code error reading "chan": }
     * @param errorCode the Tcl errorCode list, or null for NONE
     */
    public DriverError(String message, String errorCode) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
