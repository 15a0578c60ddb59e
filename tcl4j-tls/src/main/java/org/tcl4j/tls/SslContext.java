package org.tcl4j.tls;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.crypto.DHGroup;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.cmd.Environment;
import org.tcl4j.tls.suites.CipherSelection;
import org.tcl4j.tls.suites.CipherStrings;
import org.tcl4j.tls.suites.CipherSuiteInfo;
import org.tcl4j.tls.suites.Protocol;
import org.tcl4j.tls.suites.SecurityLevel;
import org.tcl4j.tls.x509.Identity;
import org.tcl4j.tls.x509.IdentityLoader;
import org.tcl4j.tls.x509.PasswordSource;
import org.tcl4j.tls.x509.TrustStore;

/**
 * What OpenSSL keeps in an SSL_CTX, built once from a {@link TlsConfig} and
 * shared by every connection that names it with {@code -model}: the
 * protocol versions, the cipher suites in preference order, the security
 * level, our certificate and key, and where trusted CAs come from. Every
 * file is read and every option checked here, at {@code tls::import} time,
 * so that a bad option never surfaces in the middle of a handshake.
 */
final class SslContext {
    final List<Protocol> protocols;
    final int securityLevel;
    /** TLS 1.3 suites first, then those of TLS 1.2 and older, each in preference order. */
    final List<CipherSuiteInfo> suites;
    final Identity identity;
    /** The -dhparams group for DHE, or null for the engine's own choice. */
    final DHGroup dhGroup;
    private final String cafile;
    private final String cadir;
    private final String castore;
    private TrustStore trust;

    private SslContext(List<Protocol> protocols, int securityLevel, List<CipherSuiteInfo> suites, Identity identity,
            String cafile, String cadir, String castore, TrustStore trust, DHGroup dhGroup) {
        this.dhGroup = dhGroup;
        this.protocols = protocols;
        this.securityLevel = securityLevel;
        this.suites = suites;
        this.identity = identity;
        this.cafile = cafile;
        this.cadir = cadir;
        this.castore = castore;
        this.trust = trust;
    }

    /** Recently built contexts, by everything that went into them (see {@link #key}). */
    private static final Map<String, SslContext> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SslContext> eldest) {
            return size() > 32;
        }
    };

    /**
     * The context of {@code config}: built once and shared while the options
     * and the files they name stay the same, so a server does not re-read its
     * key (or ask for its password) on every connection.
     */
    static SslContext of(TlsConfig config, PasswordSource password) throws TclException {
        String key = key(config);
        synchronized (CACHE) {
            SslContext c = CACHE.get(key);
            if (c != null) {
                return c;
            }
        }
        SslContext c = create(config, password);
        synchronized (CACHE) {
            CACHE.put(key, c);
        }
        return c;
    }

    /** Everything a context depends on: the options and the size and age of every file they name. */
    private static String key(TlsConfig c) {
        StringBuilder sb = new StringBuilder();
        for (Object o : new Object[] {c.protocols(), c.securityLevel(), c.cipher(), c.ciphersuites(), c.dhparams(),
                c.castore(), c.password()}) {
            sb.append(o).append('\0');
        }
        for (String f : new String[] {c.certfile(), c.keyfile(), c.cafile(), c.cadir(), c.dhparams(),
                Environment.get("SSL_CERT_FILE"), Environment.get("SSL_CERT_DIR")}) {
            if (f != null) {
                java.io.File file = new java.io.File(f);
                sb.append(f).append('@').append(file.lastModified()).append('/').append(file.length());
            }
            sb.append('\0');
        }
        Base64.Encoder b64 = Base64.getEncoder();
        sb.append(c.cert() == null ? "" : b64.encodeToString(c.cert())).append('\0');
        sb.append(c.key() == null ? "" : b64.encodeToString(c.key()));
        return sb.toString();
    }

    /** Builds the context of {@code config}; {@code password} unlocks an encrypted key. */
    static SslContext create(TlsConfig config, PasswordSource password) throws TclException {
        List<Protocol> protocols = protocols(config);
        CipherSelection selection = config.cipher() == null ? null : CipherStrings.parse(config.cipher());
        int level = config.securityLevel() != null ? config.securityLevel()
                : selection != null && selection.securityLevel() != null ? selection.securityLevel() : 2;
        List<CipherSuiteInfo> tls13 = config.ciphersuites() == null ? CipherStrings.defaultTls13()
                : CipherStrings.parseTls13(config.ciphersuites());
        List<CipherSuiteInfo> tls12 = selection == null ? CipherStrings.defaultTls12() : selection.suites();
        List<CipherSuiteInfo> suites = new ArrayList<>();
        for (CipherSuiteInfo s : tls13) {
            suites.add(s);
        }
        for (CipherSuiteInfo s : tls12) {
            if (SecurityLevel.allows(level, s)) {
                suites.add(s);
            }
        }
        Identity identity = IdentityLoader.load(config.certfile(), config.cert(), config.keyfile(), config.key(),
                password);
        // Explicit CA sources are read now, so a missing file is an import error;
        // the system's default store is loaded on first use (and cached).
        TrustStore trust = null;
        if (config.cafile() != null || config.cadir() != null || config.castore() != null) {
            trust = TrustStore.load(config.cafile(), config.cadir(), config.castore(), Environment.copy());
        }
        DHGroup dh = config.dhparams() == null ? null : DhParameters.load(config.dhparams(), level);
        return new SslContext(List.copyOf(protocols), level, List.copyOf(suites), identity, config.cafile(),
                config.cadir(), config.castore(), trust, dh);
    }

    /** The CAs to verify peers against: the explicit sources, or the system's default store. */
    synchronized TrustStore trust() throws TclException {
        if (trust == null) {
            trust = TrustStore.load(cafile, cadir, castore, Environment.copy());
        }
        return trust;
    }

    /** The versions the engine may negotiate, newest first, as BouncyCastle wants them. */
    ProtocolVersion[] versions() {
        List<ProtocolVersion> l = new ArrayList<>();
        for (int i = protocols.size() - 1; i >= 0; i--) {
            l.add(protocols.get(i).version());
        }
        return l.toArray(new ProtocolVersion[0]);
    }

    /**
     * The suite codes to offer (client, {@code keyType} null) or accept
     * (server): a server only takes TLS 1.2 suites its key can serve (an
     * RSA key also RSA key transport, as OpenSSL's default list has it,
     * after every forward-secret suite).
     */
    int[] suiteCodes(String keyType) {
        String au = keyType == null ? null : keyType.equals("EC") ? "ECDSA" : keyType;
        return suites.stream()
                .filter(s -> au == null || s.minVersion() == Protocol.TLS1_3 || s.au().equals(au))
                .mapToInt(CipherSuiteInfo::code).toArray();
    }

    private static List<Protocol> protocols(TlsConfig config) throws TclException {
        List<Protocol> l = new ArrayList<>();
        for (String name : config.protocols()) {
            Protocol p = Protocol.byTclName(name);
            if (!p.supported()) {
                // Never fall back silently to something the script did not ask for.
                throw new TclException(name.toUpperCase() + " protocol not supported", "TLS IMPORT PROTOCOL UNSUPPORTED");
            }
            l.add(p);
        }
        if (l.isEmpty()) {
            throw new TclException("no valid protocol selected", "TLS IMPORT PROTOCOL NONE");
        }
        return l;
    }
}
