package org.tcl4j.tls.x509;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * Asks the live openssl command what it reports for a chain: {@code openssl verify} for the first
 * error, and an {@code s_server}/{@code s_client} pair for every verify-callback call (s_client's
 * callback prints each call and returns 1, so it shows the whole sequence).
 */
final class OpensslOracle {
    private static final Pattern VERIFY_ERROR = Pattern.compile("error (\\d+) at (\\d+) depth lookup: (.*)");
    private static final Pattern DEPTH = Pattern.compile("^depth=(\\d+) .*");
    private static final Pattern VERR = Pattern.compile("^verify error:num=(\\d+):(.*)");
    private static final Pattern RETURN_CODE = Pattern.compile("Verify return code: (\\d+) \\((.*)\\)");

    private final Path dir;
    private int files;

    OpensslOracle(Path dir) {
        this.dir = dir;
    }

    private String write(X509Certificate... certs) {
        return TestPki.write(dir, "o" + (files++) + ".pem", TestPki.pem((Object[]) certs)).toString();
    }

    /** "code depth text" of the first error `openssl verify` prints, or "0 -1 ok". */
    String firstError(List<X509Certificate> chain, List<X509Certificate> trusted, String purpose, String name) {
        List<String> cmd = new ArrayList<>(List.of("openssl", "verify", "-purpose", purpose));
        cmd.add("-CAfile");
        cmd.add(write(trusted.toArray(new X509Certificate[0])));
        if (chain.size() > 1) {
            cmd.add("-untrusted");
            cmd.add(write(chain.subList(1, chain.size()).toArray(new X509Certificate[0])));
        }
        addName(cmd, name);
        cmd.add(write(chain.get(0)));
        TestPki.Result r = TestPki.run(null, cmd.toArray(new String[0]));
        for (String line : r.out().split("\n")) {
            Matcher m = VERIFY_ERROR.matcher(line.trim());
            if (m.matches()) {
                return m.group(1) + " " + m.group(2) + " " + m.group(3);
            }
        }
        if (r.exit() != 0) {
            throw new IllegalStateException("openssl verify failed without an error line: " + r.out());
        }
        return "0 -1 ok";
    }

    private static void addName(List<String> cmd, String name) {
        if (name == null) {
            return;
        }
        cmd.add(Verifier.ipLiteral(name) != null ? "-verify_ip" : "-verify_hostname");
        cmd.add(name);
    }

    /**
     * The verify-callback calls s_client makes against a server presenting {@code chain}: one entry per
     * call, "DEPTH ok" or "DEPTH fail CODE", then "result CODE" from s_client's "Verify return code".
     */
    List<String> callbackCalls(List<X509Certificate> chain, PrivateKey key, List<X509Certificate> trusted, String name) throws IOException {
        String cert = write(chain.get(0));
        String keyFile = TestPki.write(dir, "o" + (files++) + ".key", TestPki.pem(new JcaPKCS8Generator(key, null).generate())).toString();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> server = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
            "-cert", cert, "-key", keyFile, "-naccept", "1"));
        if (chain.size() > 1) {
            server.add("-cert_chain");
            server.add(write(chain.subList(1, chain.size()).toArray(new X509Certificate[0])));
        }
        Process srv = new ProcessBuilder(server).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(srv.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("ACCEPT")) {
                // wait until the server listens
            }
            List<String> client = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port,
                "-CAfile", write(trusted.toArray(new X509Certificate[0])), "-verify", "10"));
            addName(client, name);
            TestPki.Result r = TestPki.run("", client.toArray(new String[0]));
            List<String> calls = new ArrayList<>();
            String pendingDepth = null;
            String pendingError = null;
            for (String l : r.out().split("\n")) {
                Matcher d = DEPTH.matcher(l);
                Matcher e = VERR.matcher(l);
                Matcher rc = RETURN_CODE.matcher(l.trim());
                if (d.matches()) {
                    pendingDepth = d.group(1);
                    pendingError = null;
                } else if (e.matches()) {
                    pendingError = e.group(1);
                } else if (l.startsWith("verify return:") && pendingDepth != null) {
                    calls.add(pendingDepth + (pendingError == null ? " ok" : " fail " + pendingError));
                    pendingDepth = null;
                } else if (rc.matches() && calls.stream().noneMatch(c -> c.startsWith("result"))) {
                    calls.add("result " + rc.group(1)); // printed again per session: keep the first
                }
            }
            return calls;
        } finally {
            srv.destroy();
            try {
                srv.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Our result in the same shape as {@link #callbackCalls}. */
    static List<String> calls(VerifyResult r) {
        List<String> out = new ArrayList<>();
        for (CertCheck c : r.checks()) {
            out.add(c.depth() + (c.status() ? " ok" : " fail " + c.errorCode()));
        }
        out.add("result " + r.finalErrorCode());
        return out;
    }

    /** Our first error in the shape of {@link #firstError}. */
    static String first(VerifyResult r) {
        return r.errorCode() + " " + r.errorDepth() + " " + r.error();
    }
}
