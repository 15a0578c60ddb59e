package org.tcl4j.tls.suites;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tcl4j.core.TclException;

/**
 * The values of {@code -cipher} (OpenSSL cipher strings, TLS 1.2 and older)
 * and {@code -ciphersuites} (TLS 1.3 suite names), turned into suites of the
 * {@link CipherCatalog}. Errors read as TclTLS 2.0 words them when OpenSSL
 * refuses the string.
 */
public final class CipherStrings {
    private CipherStrings() {
    }

    /** TclTLS's message when SSL_CTX_set_cipher_list fails. */
    static final String NO_CIPHERS = "Set ciphers failed: No valid ciphers";
    /** TclTLS's message when SSL_CTX_set_ciphersuites fails. */
    static final String NO_SUITES = "Set cipher suites failed: No valid cipher suites";

    /**
     * Parses an OpenSSL cipher string (man openssl-ciphers): words separated
     * by {@code :}, {@code ,}, {@code ;} or spaces; a word is a suite name
     * (OpenSSL's; OpenSSL 3.0 ignores IANA names here) or an alias such as {@code HIGH},
     * {@code ECDHE}, {@code aRSA}, {@code AESGCM}, {@code SHA256},
     * {@code TLSv1.2}; {@code A+B} means suites in both; a prefix {@code !}
     * removes for good, {@code -} removes, {@code +} moves to the end;
     * {@code @STRENGTH} sorts by key length, {@code @SECLEVEL=n} sets the
     * security level; {@code DEFAULT} at the very start stands for the
     * default list. Unknown words are ignored, as in OpenSSL.
     *
     * <p>An empty string means the default list (TclTLS ignores an empty
     * {@code -cipher}). A syntax error, or a string that selects no suite this
     * engine has, is the error {@code Set ciphers failed: No valid ciphers}.
     */
    public static CipherSelection parse(String spec) throws TclException {
        if (spec.isEmpty()) {
            spec = "DEFAULT";
        }
        CipherCatalog.Snapshot snap = CipherCatalog.snapshot();
        Object cached = snap.parsed.get(spec);
        if (cached == null) {
            cached = compute(snap, spec);
            if (snap.parsed.size() >= 256) {
                // Scripts normally use a handful of strings; do not let a generated stream grow the cache.
                snap.parsed.clear();
            }
            snap.parsed.put(spec, cached);
        }
        if (cached instanceof CipherSelection sel) {
            return sel;
        }
        throw new TclException(NO_CIPHERS);
    }

    /** The selection, or a marker string for a string OpenSSL refuses (cached too). */
    private static Object compute(CipherCatalog.Snapshot snap, String spec) {
        CipherRules rules = new CipherRules(snap.tls12);
        boolean ok = true;
        String rest = spec;
        if (spec.startsWith("DEFAULT")) {
            ok = rules.process(CipherRules.DEFAULT_LIST);
            rest = spec.substring(7);
            if (rest.startsWith(":")) {
                rest = rest.substring(1);
            }
        }
        if (ok && !rest.isEmpty()) {
            ok = rules.process(rest);
        }
        List<CipherSuiteInfo> suites = rules.selected();
        if (!ok || suites.isEmpty()) {
            return NO_CIPHERS;
        }
        return new CipherSelection(suites, rules.securityLevel);
    }

    /**
     * Parses a {@code -ciphersuites} value: TLS 1.3 suite names (IANA names,
     * case matters) separated by {@code :}, blanks around names ignored.
     * Names this engine does not have are skipped, as OpenSSL skips unknown
     * ones; a name given twice counts once. An empty string means the
     * default suites (TclTLS ignores an empty {@code -ciphersuites}); a string
     * naming no usable suite is the error
     * {@code Set cipher suites failed: No valid cipher suites}.
     */
    public static List<CipherSuiteInfo> parseTls13(String spec) throws TclException {
        if (spec.isEmpty()) {
            return defaultTls13();
        }
        Set<CipherSuiteInfo> out = new LinkedHashSet<>();
        for (String name : spec.split(":", -1)) {
            CipherSuiteInfo s = CipherCatalog.byName(name.strip());
            if (s != null && s.isTls13()) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new TclException(NO_SUITES);
        }
        return List.copyOf(out);
    }

    /** OpenSSL 3.0's default TLS 1.2-and-older list ({@code DEFAULT}), restricted to the catalog. */
    public static List<CipherSuiteInfo> defaultTls12() {
        try {
            return parse("DEFAULT").suites();
        } catch (TclException e) {
            // The catalog always has default suites (AES-GCM and AES-CBC need nothing but the JDK).
            throw new IllegalStateException("no default cipher suites", e);
        }
    }

    /**
     * OpenSSL's default TLS 1.3 suites,
     * {@code TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256},
     * less those the engine's crypto lacks.
     */
    public static List<CipherSuiteInfo> defaultTls13() {
        CipherCatalog.Snapshot snap = CipherCatalog.snapshot();
        List<CipherSuiteInfo> d = snap.defaultTls13;
        if (d == null) {
            d = computeDefaultTls13();
            snap.defaultTls13 = d;
        }
        return d;
    }

    private static List<CipherSuiteInfo> computeDefaultTls13() {
        List<CipherSuiteInfo> out = new ArrayList<>();
        for (String name : new String[] {"TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_AES_128_GCM_SHA256"}) {
            CipherSuiteInfo s = CipherCatalog.byName(name);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The whole default list as OpenSSL keeps it in a context (and
     * {@code tls::ciphers} shows it): the TLS 1.3 suites, then the others.
     */
    public static List<CipherSuiteInfo> defaultList() {
        List<CipherSuiteInfo> out = new ArrayList<>(defaultTls13());
        out.addAll(defaultTls12());
        return List.copyOf(out);
    }
}
