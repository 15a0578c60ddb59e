package org.tcl4j.tls.x509;

import java.net.InetAddress;
import java.security.PublicKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * Certificate chain verification that reports what OpenSSL 3.0's X509_verify_cert reports, in the same
 * order, with the same error codes, depths and texts (see {@link X509Errors}).
 *
 * <p>Steps, as OpenSSL takes them:
 * <ol>
 * <li>Build the chain from the leaf upwards: at each step an issuer from the trust store is preferred,
 *     else one of the certificates the peer sent. A chain that ends in an untrusted self-signed
 *     certificate is error 18 (the leaf itself) or 19; one whose top has no issuer is 20, or 2 when the
 *     top is a trusted certificate that is not self-signed.</li>
 * <li>Extensions of every certificate: unsupported critical extensions (34), issuers must be CAs (24:
 *     basicConstraints CA:TRUE, and keyUsage with keyCertSign when keyUsage is present), the purpose
 *     (26: extendedKeyUsage serverAuth or clientAuth when present, keyUsage fitting TLS on the leaf), and
 *     pathLenConstraint (25).</li>
 * <li>The peer name against the leaf (62 hostname, 64 IP address).</li>
 * <li>From the top down: the issuer's keyUsage allows certificate signing (32), each signature really
 *     verified with the issuer's key (7), validity dates (9,
 *     10), and a status-true callback for each depth; a lone leaf whose issuer was not found also gets
 *     21.</li>
 * </ol>
 * Not done (as OpenSSL without extra flags does not do them either, or the engine handles them): CRLs,
 * policies, name constraints, security-level checks of key sizes and digests, DANE.
 */
public final class Verifier {
    /** Maximum number of certificates above the leaf, OpenSSL's default verify depth. */
    static final int MAX_DEPTH = 100;

    private static final String EKU_SERVER = "1.3.6.1.5.5.7.3.1";
    private static final String EKU_CLIENT = "1.3.6.1.5.5.7.3.2";
    private static final String EKU_NS_SGC = "2.16.840.1.113730.4.1";
    private static final String EKU_MS_SGC = "1.3.6.1.4.1.311.10.3.3";
    /** Critical extensions OpenSSL understands (X509_supported_extension); others are error 34. */
    private static final Set<String> SUPPORTED_CRITICAL = Set.of(
        "2.16.840.1.113730.1.1", "2.5.29.15", "2.5.29.17", "2.5.29.19", "2.5.29.32", "2.5.29.37",
        "1.3.6.1.5.5.7.1.14", "2.5.29.36", "2.5.29.33", "2.5.29.54", "2.5.29.30",
        "1.3.6.1.5.5.7.1.7", "1.3.6.1.5.5.7.1.8");

    // java.security.cert.X509Certificate.getKeyUsage() indexes
    private static final int KU_DIGITAL_SIGNATURE = 0;
    private static final int KU_KEY_ENCIPHERMENT = 2;
    private static final int KU_KEY_AGREEMENT = 4;
    private static final int KU_KEY_CERT_SIGN = 5;

    private final TrustStore trust;
    private final String peerName;
    private final byte[] peerIp;
    private final boolean serverPeer;

    /**
     * @param trust      the CA certificates
     * @param peerName   the expected host name or IP literal (from -servername), or null for no name check
     * @param serverPeer true when verifying a server's certificate (purpose serverAuth), false for a client's
     */
    public Verifier(TrustStore trust, String peerName, boolean serverPeer) {
        this.trust = trust;
        this.peerName = peerName == null || peerName.isEmpty() ? null : peerName;
        this.peerIp = this.peerName == null ? null : ipLiteral(this.peerName);
        this.serverPeer = serverPeer;
    }

    /** One verification run: the chain, the callback calls and the error state. */
    private static final class Run {
        final List<X509Certificate> chain = new ArrayList<>();
        final List<CertCheck> checks = new ArrayList<>();
        int numUntrusted;
        int error;
        int firstError;
        int firstDepth = -1;

        void fail(X509Certificate cert, int depth, int err) {
            error = err;
            if (firstError == 0) {
                firstError = err;
                firstDepth = depth;
            }
            checks.add(new CertCheck(depth, cert, false, err, X509Errors.text(err)));
        }

        void pass(X509Certificate cert, int depth) {
            checks.add(new CertCheck(depth, cert, true, error, X509Errors.text(error)));
        }
    }

    /**
     * Verifies a chain as received from the peer (leaf first) at the time {@code now}.
     * Never throws for a bad chain: the result says what is wrong.
     */
    public VerifyResult verify(List<X509Certificate> received, Date now) {
        Run run = new Run();
        if (received == null || received.isEmpty()) {
            return new VerifyResult(X509Errors.UNABLE_TO_GET_ISSUER_CERT_LOCALLY,
                X509Errors.text(X509Errors.UNABLE_TO_GET_ISSUER_CERT_LOCALLY), 0, List.of(), List.of());
        }
        buildChain(run, received, now);
        checkExtensions(run);
        checkPeerName(run);
        internalVerify(run, now);
        return new VerifyResult(run.firstError, X509Errors.text(run.firstError), run.firstDepth, run.chain, run.checks);
    }

    // ---- 1. chain building ----

    private void buildChain(Run run, List<X509Certificate> received, Date now) {
        X509Certificate leaf = received.get(0);
        List<X509Certificate> untrusted = new ArrayList<>(received.subList(1, received.size()));
        run.chain.add(leaf);
        run.numUntrusted = 1;
        boolean onlyTrusted = false;
        while (true) {
            X509Certificate top = run.chain.get(run.chain.size() - 1);
            int n = run.chain.size();
            if (likelyIssued(top, top)) {
                // A self-signed top: trusted if it was found in the store or is in it.
                if (n > run.numUntrusted) {
                    return;
                }
                if (trust.contains(top)) {
                    run.numUntrusted = n - 1;
                    return;
                }
                int err = n == 1 ? X509Errors.DEPTH_ZERO_SELF_SIGNED_CERT : X509Errors.SELF_SIGNED_CERT_IN_CHAIN;
                run.fail(top, n - 1, err);
                return;
            }
            if (n > MAX_DEPTH + 1) {
                run.fail(top, n - 1, X509Errors.CERT_CHAIN_TOO_LONG);
                return;
            }
            X509Certificate issuer = findIssuer(top, trust.bySubject(top.getIssuerX500Principal()), run.chain, now);
            if (issuer != null) {
                run.chain.add(issuer);
                onlyTrusted = true;
                continue;
            }
            if (!onlyTrusted) {
                issuer = findIssuer(top, untrusted, run.chain, now);
                if (issuer != null) {
                    untrusted.remove(issuer);
                    run.chain.add(issuer);
                    run.numUntrusted++;
                    continue;
                }
            }
            int err = run.numUntrusted < n ? X509Errors.UNABLE_TO_GET_ISSUER_CERT : X509Errors.UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
            run.fail(top, n - 1, err);
            return;
        }
    }

    /** An issuer of {@code x} among candidates, preferring one valid at {@code now} (as OpenSSL's find_issuer). */
    private static X509Certificate findIssuer(X509Certificate x, List<X509Certificate> candidates, List<X509Certificate> chain, Date now) {
        X500Principal want = x.getIssuerX500Principal();
        X509Certificate fallback = null;
        for (X509Certificate c : candidates) {
            if (!c.getSubjectX500Principal().equals(want) || c.equals(x) || !likelyIssued(c, x)) {
                continue;
            }
            if (chain.contains(c)) {
                continue; // never loop
            }
            if (timeValid(c, now)) {
                return c;
            }
            if (fallback == null || c.getNotAfter().after(fallback.getNotAfter())) {
                fallback = c;
            }
        }
        return fallback;
    }

    /** OpenSSL's x509_likely_issued: names chain and the authority key identifier does not contradict. */
    static boolean likelyIssued(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        byte[] akiExt = subject.getExtensionValue("2.5.29.35");
        if (akiExt == null) {
            return true;
        }
        try {
            AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(akiExt).getOctets());
            byte[] keyId = aki.getKeyIdentifierOctets();
            byte[] skiExt = issuer.getExtensionValue("2.5.29.14");
            if (keyId != null && skiExt != null) {
                byte[] ski = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(skiExt).getOctets()).getKeyIdentifier();
                if (!Arrays.equals(keyId, ski)) {
                    return false;
                }
            }
            if (aki.getAuthorityCertSerialNumber() != null && !aki.getAuthorityCertSerialNumber().equals(issuer.getSerialNumber())) {
                return false;
            }
            if (aki.getAuthorityCertIssuer() != null) {
                for (GeneralName gn : aki.getAuthorityCertIssuer().getNames()) {
                    if (gn.getTagNo() == GeneralName.directoryName) {
                        X500Name want = X500Name.getInstance(gn.getName());
                        X500Name have = X500Name.getInstance(issuer.getIssuerX500Principal().getEncoded());
                        if (!want.equals(have)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            return true; // an unreadable AKI does not decide anything here
        }
    }

    private static boolean timeValid(X509Certificate c, Date now) {
        try {
            c.checkValidity(now);
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    // ---- 2. extensions, CA flags, purpose, path length ----

    private void checkExtensions(Run run) {
        int num = run.chain.size();
        int plen = 0;
        for (int i = 0; i < num; i++) {
            X509Certificate x = run.chain.get(i);
            Set<String> crit = x.getCriticalExtensionOIDs();
            if (crit != null) {
                for (String oid : crit) {
                    if (!SUPPORTED_CRITICAL.contains(oid)) {
                        run.fail(x, i, X509Errors.UNHANDLED_CRITICAL_EXTENSION);
                        break;
                    }
                }
            }
            if (i > 0) {
                int ca = checkCa(x);
                // Intermediates must be real CAs (1); the top may be a v1 root or keyUsage-only CA.
                if (ca == 0 || (i + 1 < num && ca != 1)) {
                    run.fail(x, i, X509Errors.INVALID_CA);
                }
            }
            if (!purposeOk(x, i > 0)) {
                run.fail(x, i, X509Errors.INVALID_PURPOSE);
            }
            int pathLen = pathLen(x);
            if (i > 1 && pathLen >= 0 && plen > pathLen) {
                run.fail(x, i, X509Errors.PATH_LENGTH_EXCEEDED);
            }
            if (i > 0 && !selfIssued(x)) {
                plen++;
            }
        }
    }

    /** OpenSSL's check_ca: 1 for basicConstraints CA:TRUE, 3 for a v1 self-signed root, 4 for keyUsage keyCertSign without basicConstraints, else 0. */
    static int checkCa(X509Certificate x) {
        boolean[] ku = x.getKeyUsage();
        if (ku != null && !bit(ku, KU_KEY_CERT_SIGN)) {
            return 0;
        }
        if (x.getExtensionValue("2.5.29.19") != null) {
            return x.getBasicConstraints() >= 0 ? 1 : 0;
        }
        if (x.getVersion() == 1 && selfIssued(x)) {
            return 3;
        }
        if (ku != null) {
            return 4;
        }
        return 0;
    }

    private static int pathLen(X509Certificate x) {
        int bc = x.getBasicConstraints();
        return bc < 0 || bc == Integer.MAX_VALUE ? -1 : bc;
    }

    private static boolean selfIssued(X509Certificate x) {
        return likelyIssued(x, x);
    }

    private static boolean bit(boolean[] ku, int i) {
        return ku.length > i && ku[i];
    }

    /** X509_check_purpose for SSL server or client, with require_ca for issuers. */
    private boolean purposeOk(X509Certificate x, boolean requireCa) {
        List<String> eku;
        try {
            eku = x.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (eku != null) {
            boolean fits = serverPeer
                ? eku.contains(EKU_SERVER) || eku.contains(EKU_NS_SGC) || eku.contains(EKU_MS_SGC)
                : eku.contains(EKU_CLIENT);
            if (!fits) {
                return false;
            }
        }
        if (requireCa) {
            return checkCa(x) != 0;
        }
        boolean[] ku = x.getKeyUsage();
        if (ku != null) {
            boolean fits = serverPeer
                ? bit(ku, KU_DIGITAL_SIGNATURE) || bit(ku, KU_KEY_ENCIPHERMENT) || bit(ku, KU_KEY_AGREEMENT)
                : bit(ku, KU_DIGITAL_SIGNATURE) || bit(ku, KU_KEY_AGREEMENT);
            return fits;
        }
        return true;
    }

    // ---- 3. the peer name ----

    private void checkPeerName(Run run) {
        if (peerName == null) {
            return;
        }
        X509Certificate leaf = run.chain.get(0);
        if (peerIp != null) {
            if (!ipMatches(leaf, peerIp)) {
                run.fail(leaf, 0, X509Errors.IP_ADDRESS_MISMATCH);
            }
        } else if (!hostMatches(leaf, peerName)) {
            run.fail(leaf, 0, X509Errors.HOSTNAME_MISMATCH);
        }
    }

    /** The bytes of an IPv4 or IPv6 literal, or null when the name is a host name. */
    static byte[] ipLiteral(String name) {
        String s = name;
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.indexOf(':') >= 0) {
            if (!s.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+")) {
                return null;
            }
        } else if (!s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            // Literals only: InetAddress does not resolve strings made of digits, dots and colons.
            return InetAddress.getByName(s).getAddress();
        } catch (Exception e) {
            return null;
        }
    }

    static boolean ipMatches(X509Certificate cert, byte[] ip) {
        Collection<List<?>> sans = sans(cert);
        for (List<?> san : sans) {
            if ((Integer) san.get(0) == GeneralName.iPAddress) {
                byte[] have = ipLiteral(String.valueOf(san.get(1)));
                if (have != null && Arrays.equals(have, ip)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** RFC 6125 host name matching against dNSName SANs, or the subject CNs when there is no dNSName. */
    static boolean hostMatches(X509Certificate cert, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        boolean sawDns = false;
        for (List<?> san : sans(cert)) {
            if ((Integer) san.get(0) == GeneralName.dNSName) {
                sawDns = true;
                if (nameMatches(String.valueOf(san.get(1)), h)) {
                    return true;
                }
            }
        }
        if (sawDns) {
            return false;
        }
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.CN)) {
            String cn = rdn.getFirst().getValue().toString();
            if (nameMatches(cn, h)) {
                return true;
            }
        }
        return false;
    }

    /** One pattern against a lower-case host: exact (case-insensitive), or "*." + at least two labels matching exactly one label. */
    static boolean nameMatches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty() || host.isEmpty()) {
            return false;
        }
        if (!p.startsWith("*.")) {
            return p.indexOf('*') < 0 && p.equals(host);
        }
        String suffix = p.substring(1); // ".example.com"
        if (suffix.indexOf('*') >= 0 || suffix.indexOf('.', 1) < 0) {
            return false; // a second wildcard, or "*.com": OpenSSL refuses both
        }
        int dot = host.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        return host.substring(dot).equals(suffix);
    }

    private static Collection<List<?>> sans(X509Certificate cert) {
        try {
            Collection<List<?>> s = cert.getSubjectAlternativeNames();
            return s == null ? List.of() : s;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    // ---- 4. signatures and times, from the top down ----

    private void internalVerify(Run run, Date now) {
        List<X509Certificate> chain = run.chain;
        int n = chain.size() - 1;
        X509Certificate xi = chain.get(n);
        X509Certificate xs;
        if (selfIssued(xi)) {
            xs = xi;
        } else {
            if (n <= 0) {
                run.fail(xi, 0, X509Errors.UNABLE_TO_VERIFY_LEAF_SIGNATURE);
                checkTimeAndPass(run, xi, 0, now);
                return;
            }
            n--;
            xs = chain.get(n);
        }
        while (n >= 0) {
            // The issuer's keyUsage must allow certificate signing (checked as each subject is verified).
            boolean issuerIsCa = xi.getExtensionValue("2.5.29.19") != null && xi.getBasicConstraints() >= 0;
            if (xs != xi || issuerIsCa) {
                boolean[] ku = xi.getKeyUsage();
                if (ku != null && !bit(ku, KU_KEY_CERT_SIGN)) {
                    run.fail(xi, xs == xi ? n : n + 1, X509Errors.KEYUSAGE_NO_CERTSIGN);
                }
            }
            if (xs != xi) {
                if (!signatureOk(xs, xi.getPublicKey())) {
                    run.fail(xs, n, X509Errors.CERT_SIGNATURE_FAILURE);
                }
            }
            checkTimeAndPass(run, xs, n, now);
            if (--n >= 0) {
                xi = xs;
                xs = chain.get(n);
            }
        }
    }

    private static void checkTimeAndPass(Run run, X509Certificate x, int depth, Date now) {
        if (now.before(x.getNotBefore())) {
            run.fail(x, depth, X509Errors.CERT_NOT_YET_VALID);
        }
        if (now.after(x.getNotAfter())) {
            run.fail(x, depth, X509Errors.CERT_HAS_EXPIRED);
        }
        run.pass(x, depth);
    }

    /** Really verifies the signature; the JDK first, BouncyCastle for algorithms the JDK lacks. */
    private static boolean signatureOk(X509Certificate cert, PublicKey key) {
        try {
            cert.verify(key);
            return true;
        } catch (java.security.NoSuchAlgorithmException e) {
            try {
                cert.verify(key, Bc.PROVIDER);
                return true;
            } catch (Exception e2) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
    }
}
