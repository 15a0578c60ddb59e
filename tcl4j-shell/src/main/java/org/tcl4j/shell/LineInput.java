package org.tcl4j.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Reads command lines from stdin one byte at a time, so that nothing past
 * the current line is taken from the stream: a script that reads stdin
 * itself (for instance with {@code gets stdin}) gets the lines that follow
 * the command it is in, as in tclsh. That holds as long as the script's
 * stdin reads from the same stream ({@code System.in}, whose buffer both
 * then share). A line ends at LF; a CR before it is dropped.
 */
final class LineInput {
    private final InputStream in;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    LineInput(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
    }

    /** The next line without its end, or null at end of input. The last line may lack a newline. */
    String readLine() throws IOException {
        line.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            line.write(b);
        }
        if (!any) {
            return null;
        }
        String s = line.toString(charset);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
