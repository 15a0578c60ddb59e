package org.tcl4j.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * tclsh's prompts. The variables {@code tcl_prompt1} (a new command) and
 * {@code tcl_prompt2} (a continuation line) hold scripts that print the
 * prompt themselves, e.g. {@code set tcl_prompt1 {puts -nonewline "[pwd]> "}}.
 * Without them the prompt is {@code "% "} and continuation lines get none.
 * What the script prints is captured so that the line editor can draw it; if
 * the script fails, its error message goes to stderr and the default is used.
 */
final class Prompts {
    static final String DEFAULT_PRIMARY = "% ";
    static final String DEFAULT_CONTINUATION = "";

    private final Interp interp;

    Prompts(Interp interp) {
        this.interp = interp;
    }

    String primary() {
        return render("tcl_prompt1", DEFAULT_PRIMARY);
    }

    String continuation() {
        return render("tcl_prompt2", DEFAULT_CONTINUATION);
    }

    private String render(String variable, String fallback) {
        TclValue script = interp.getVarOrNull("::" + variable);
        if (script == null) {
            return fallback;
        }
        StdChannels.flushStdout(interp); // earlier output goes to the screen, not into the prompt
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream saved = interp.stdout();
        interp.setStdout(new PrintStream(captured, true, StandardCharsets.UTF_8));
        TclException failed = null;
        try {
            TopLevel.eval(interp, script);
        } catch (TclException e) {
            failed = e;
        } finally {
            StdChannels.flushStdout(interp);
            interp.setStdout(saved);
        }
        if (failed != null) {
            StdChannels.writeStderr(interp, failed.result() + "\n");
            return fallback;
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
