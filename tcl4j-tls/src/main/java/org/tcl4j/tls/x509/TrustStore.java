package org.tcl4j.tls.x509;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.x500.X500Principal;

import org.tcl4j.core.TclException;

/**
 * The CA certificates that peers are verified against.
 *
 * <p>Sources, as TclTLS on OpenSSL uses them:
 * <ul>
 * <li>{@code -cafile}: a PEM bundle (one or more CERTIFICATE or TRUSTED CERTIFICATE blocks);</li>
 * <li>{@code -cadir}: a directory of PEM files, named by subject hash ({@code 1a2b3c4d.0}) or anything else
 *     (every regular file that holds certificates is read; other files are ignored);</li>
 * <li>{@code -castore}: a URI or path naming one container:
 *   <ul>
 *   <li>{@code file:/path}, {@code file:///path} or a plain path: a PEM file or a directory as above; a path
 *       ending in {@code .jks}, {@code .p12} or {@code .pfx} is read as a Java key store without a password
 *       (so a PKCS#12 store whose certificates are password-protected, the JDK's default, shows none: use
 *       the {@code pkcs12:} form);</li>
 *   <li>{@code jks:/path?password=x} or {@code pkcs12:/path?password=x}: a Java key store of that type,
 *       all of its certificate entries (the password is optional for trusted-certificate entries).</li>
 *   </ul></li>
 * </ul>
 * All given sources are used together (as OpenSSL adds each to one store). When none is given, the default
 * store is: the files named by {@code SSL_CERT_FILE} and/or {@code SSL_CERT_DIR} in the environment; else the
 * first operating-system bundle found ({@code /etc/ssl/certs/ca-certificates.crt},
 * {@code /etc/pki/tls/certs/ca-bundle.crt}, {@code /etc/ssl/ca-bundle.pem}, {@code /etc/ssl/cert.pem}), else
 * the directory {@code /etc/ssl/certs}; else the JDK's {@code cacerts}.
 *
 * <p>Loading is cached: every file by path, modification time and size, and the default store once per
 * process (per distinct SSL_CERT_FILE/SSL_CERT_DIR), because a system bundle has ~150 certificates.
 * A TrustStore is immutable and safe to share between connections and threads.
 */
public final class TrustStore {
    /** Operating-system CA bundles, in the order they are looked for. */
    static final List<String> OS_BUNDLES = List.of(
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/ca-bundle.pem",
        "/etc/ssl/cert.pem");
    static final String OS_DIR = "/etc/ssl/certs";

    private static final Map<Path, CachedFile> FILES = new ConcurrentHashMap<>();
    private static final Map<String, TrustStore> DEFAULTS = new ConcurrentHashMap<>();

    private final List<X509Certificate> certs;
    private final Map<X500Principal, List<X509Certificate>> bySubject;
    private final String description;
    private volatile List<String> caNames;

    private TrustStore(List<X509Certificate> certs, String description) {
        // Duplicates (a cert reached through a bundle and a hashed directory link) are dropped.
        LinkedHashMap<X509Certificate, Boolean> uniq = new LinkedHashMap<>();
        for (X509Certificate c : certs) {
            uniq.putIfAbsent(c, Boolean.TRUE);
        }
        this.certs = List.copyOf(uniq.keySet());
        Map<X500Principal, List<X509Certificate>> index = new HashMap<>();
        for (X509Certificate c : this.certs) {
            index.computeIfAbsent(c.getSubjectX500Principal(), k -> new ArrayList<>(1)).add(c);
        }
        this.bySubject = index;
        this.description = description;
    }

    /** A store holding exactly these certificates (for tests and for callers that gather CAs themselves). */
    public static TrustStore of(List<X509Certificate> certs) {
        return new TrustStore(certs, "given certificates");
    }

    /**
     * The store for the given options (each may be null or empty) and environment.
     *
     * @throws TclException {@code TLS CA} when a named file, directory or store cannot be read
     */
    public static TrustStore load(String cafile, String cadir, String castore, Map<String, String> env) throws TclException {
        boolean hasFile = notEmpty(cafile), hasDir = notEmpty(cadir), hasStore = notEmpty(castore);
        if (!hasFile && !hasDir && !hasStore) {
            return defaultStore(env == null ? Map.of() : env);
        }
        List<X509Certificate> all = new ArrayList<>();
        List<String> what = new ArrayList<>();
        if (hasFile) {
            all.addAll(caFile(cafile, "-cafile"));
            what.add("file " + cafile);
        }
        if (hasDir) {
            all.addAll(caDir(cadir, "-cadir"));
            what.add("directory " + cadir);
        }
        if (hasStore) {
            all.addAll(caStore(castore));
            what.add("store " + castore);
        }
        return new TrustStore(all, String.join(", ", what));
    }

    /** The CA certificates, in load order, without duplicates. */
    public List<X509Certificate> certificates() {
        return certs;
    }

    /** The certificates whose subject is {@code name} (candidates to have issued a certificate). */
    public List<X509Certificate> bySubject(X500Principal name) {
        return bySubject.getOrDefault(name, List.of());
    }

    /** True when this exact certificate is in the store. */
    public boolean contains(X509Certificate cert) {
        return bySubject(cert.getSubjectX500Principal()).contains(cert);
    }

    /** Subject DNs of the CAs, formatted as {@link CertInfo#dn} formats DNs (for ca_names / caList). */
    public List<String> caNames() {
        List<String> names = caNames;
        if (names == null) {
            List<String> out = new ArrayList<>(certs.size());
            for (X509Certificate c : certs) {
                out.add(CertInfo.dn(c.getSubjectX500Principal()));
            }
            names = caNames = Collections.unmodifiableList(out);
        }
        return names;
    }

    /** Where the certificates came from, for messages and debugging. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "TrustStore[" + description + ", " + certs.size() + " certificates]";
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    // ---- the default store ----

    private static TrustStore defaultStore(Map<String, String> env) throws TclException {
        String file = env.get("SSL_CERT_FILE");
        String dir = env.get("SSL_CERT_DIR");
        String key = (file == null ? "" : file) + "\0" + (dir == null ? "" : dir);
        TrustStore cached = DEFAULTS.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (DEFAULTS) {
            cached = DEFAULTS.get(key);
            if (cached == null) {
                cached = buildDefault(file, dir);
                DEFAULTS.put(key, cached);
            }
            return cached;
        }
    }

    private static TrustStore buildDefault(String envFile, String envDir) throws TclException {
        if (notEmpty(envFile) || notEmpty(envDir)) {
            List<X509Certificate> all = new ArrayList<>();
            List<String> what = new ArrayList<>();
            if (notEmpty(envFile)) {
                all.addAll(caFile(envFile, "SSL_CERT_FILE"));
                what.add("SSL_CERT_FILE " + envFile);
            }
            if (notEmpty(envDir)) {
                // SSL_CERT_DIR may list several directories separated by ':' (as OpenSSL reads it).
                for (String d : envDir.split(":")) {
                    if (!d.isEmpty() && Files.isDirectory(Path.of(d))) {
                        all.addAll(caDir(d, "SSL_CERT_DIR"));
                    }
                }
                what.add("SSL_CERT_DIR " + envDir);
            }
            return new TrustStore(all, String.join(", ", what));
        }
        for (String bundle : OS_BUNDLES) {
            Path p = Path.of(bundle);
            if (Files.isReadable(p)) {
                List<X509Certificate> certs = caFile(bundle, "default CA file");
                if (!certs.isEmpty()) {
                    return new TrustStore(certs, "system bundle " + bundle);
                }
            }
        }
        if (Files.isDirectory(Path.of(OS_DIR))) {
            List<X509Certificate> certs = caDir(OS_DIR, "default CA directory");
            if (!certs.isEmpty()) {
                return new TrustStore(certs, "system directory " + OS_DIR);
            }
        }
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        return new TrustStore(keyStore(cacerts, null, null, "JDK cacerts"), "JDK cacerts " + cacerts);
    }

    // ---- readers ----

    /** A PEM bundle; a missing or unreadable file is an error naming the option. */
    static List<X509Certificate> caFile(String file, String option) throws TclException {
        Path p = Path.of(file);
        try {
            return cachedPem(p);
        } catch (IOException e) {
            throw new TclException("unable to read " + option + " \"" + file + "\": " + Pem.reason(e), "TLS CA");
        } catch (CertificateException e) {
            throw new TclException("unable to read " + option + " \"" + file + "\": bad certificate: " + e.getMessage(), "TLS CA");
        }
    }

    /** Every certificate in every readable regular file of a directory, in name order (OpenSSL's hashed-name lookups find the same set). */
    static List<X509Certificate> caDir(String dir, String option) throws TclException {
        Path d = Path.of(dir);
        if (!Files.isDirectory(d)) {
            String why = Files.exists(d) ? "not a directory" : "no such file or directory";
            throw new TclException("unable to read " + option + " \"" + dir + "\": " + why, "TLS CA");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
            for (Path f : ds) {
                files.add(f);
            }
        } catch (IOException e) {
            throw new TclException("unable to read " + option + " \"" + dir + "\": " + Pem.reason(e), "TLS CA");
        }
        Collections.sort(files);
        List<X509Certificate> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                continue;
            }
            try {
                out.addAll(cachedPem(f));
            } catch (IOException | CertificateException e) {
                // Like OpenSSL's directory lookup, a file that is not a certificate is simply not a match.
            }
        }
        return out;
    }

    static List<X509Certificate> caStore(String uri) throws TclException {
        String path = uri;
        String type = null;
        String password = null;
        int q = uri.indexOf('?');
        String query = q >= 0 ? uri.substring(q + 1) : null;
        String base = q >= 0 ? uri.substring(0, q) : uri;
        if (base.startsWith("jks:") || base.startsWith("pkcs12:")) {
            type = base.startsWith("jks:") ? "JKS" : "PKCS12";
            path = base.substring(base.indexOf(':') + 1);
            if (path.startsWith("//")) {
                path = path.substring(2);
            }
            if (query != null) {
                for (String kv : query.split("&")) {
                    if (kv.startsWith("password=")) {
                        password = URLDecoder.decode(kv.substring(9), StandardCharsets.UTF_8);
                    }
                }
            }
        } else if (base.startsWith("file:")) {
            path = base.substring(5);
            if (path.startsWith("//")) {
                path = path.substring(2); // file:///x -> /x ; file://localhost/x is not supported
            }
            path = URLDecoder.decode(path, StandardCharsets.UTF_8);
        } else if (base.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !Files.exists(Path.of(uri))) {
            throw new TclException("unsupported -castore URI \"" + uri + "\": use a file or directory path, file:, jks: or pkcs12:", "TLS CA");
        } else {
            path = uri;
        }
        Path p = Path.of(path);
        if (type == null) {
            if (Files.isDirectory(p)) {
                return caDir(path, "-castore");
            }
            String lower = path.toLowerCase();
            if (lower.endsWith(".jks")) {
                type = "JKS";
            } else if (lower.endsWith(".p12") || lower.endsWith(".pfx")) {
                type = "PKCS12";
            } else {
                return caFile(path, "-castore");
            }
        }
        return keyStore(p, type, password, "-castore");
    }

    private static List<X509Certificate> keyStore(Path p, String type, String password, String option) throws TclException {
        char[] pw = password == null ? null : password.toCharArray();
        try {
            KeyStore ks;
            if (type == null) {
                ks = KeyStore.getInstance(p.toFile(), pw);
            } else {
                ks = KeyStore.getInstance(type);
                try (InputStream in = Files.newInputStream(p)) {
                    ks.load(in, pw);
                }
            }
            List<X509Certificate> out = new ArrayList<>();
            for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
                String alias = e.nextElement();
                Certificate c = ks.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
            return out;
        } catch (IOException e) {
            String why = e.getCause() instanceof java.security.UnrecoverableKeyException || (e.getMessage() != null && e.getMessage().contains("password"))
                ? "wrong password or corrupt key store" : Pem.reason(e);
            throw new TclException("unable to read " + option + " \"" + p + "\": " + why, "TLS CA");
        } catch (Exception e) {
            throw new TclException("unable to read " + option + " \"" + p + "\": " + e.getMessage(), "TLS CA");
        }
    }

    /** One PEM file's certificates, re-read only when its modification time or size changed. */
    private static List<X509Certificate> cachedPem(Path p) throws IOException, CertificateException {
        Path key = p.toAbsolutePath().normalize();
        BasicFileAttributes attrs = Files.readAttributes(key, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new IOException("Is a directory");
        }
        long mtime = attrs.lastModifiedTime().toMillis();
        long size = attrs.size();
        CachedFile c = FILES.get(key);
        if (c != null && c.mtime == mtime && c.size == size) {
            return c.certs;
        }
        List<X509Certificate> certs = List.copyOf(Pem.certificates(Pem.readText(key)));
        FILES.put(key, new CachedFile(mtime, size, certs));
        return certs;
    }

    private record CachedFile(long mtime, long size, List<X509Certificate> certs) {}

    /** For tests: forget every cached file and default store. */
    static void clearCaches() {
        FILES.clear();
        DEFAULTS.clear();
    }
}
