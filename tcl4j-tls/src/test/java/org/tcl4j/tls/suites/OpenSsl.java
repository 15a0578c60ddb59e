package org.tcl4j.tls.suites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference {@code openssl} command for tests; tests skip when it is missing. */
final class OpenSsl {
    private OpenSsl() {
    }

    private static Boolean present;

    /** Whether an {@code openssl} 3.x command is on the PATH. */
    static synchronized boolean available() {
        if (present == null) {
            Result r = run("version");
            present = r != null && r.exit == 0 && r.lines.size() > 0 && r.lines.get(0).startsWith("OpenSSL 3.");
        }
        return present;
    }

    /** Exit status and stdout lines of one run, or null if it could not run. */
    record Result(int exit, List<String> lines) {
    }

    static Result run(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("openssl");
        cmd.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            List<String> lines = out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
            return new Result(p.exitValue(), lines);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * {@code openssl ciphers -v ...} reduced to the suites our catalog has, as
     * description lines; TLS 1.3 lines are kept only if {@code tls13}.
     * Empty if openssl refused the string.
     */
    static List<String> ciphers(boolean tls13, String... args) {
        List<String> all = new ArrayList<>(List.of("ciphers", "-v"));
        all.addAll(Arrays.asList(args));
        Result r = run(all.toArray(new String[0]));
        List<String> out = new ArrayList<>();
        if (r == null || r.exit != 0) {
            return out;
        }
        for (String line : r.lines) {
            String name = line.split(" ", 2)[0];
            CipherSuiteInfo s = CipherCatalog.byName(name);
            if (s != null && (tls13 || !s.isTls13())) {
                out.add(line);
            }
        }
        return out;
    }
}
