package org.tcl4j.tls.x509;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.tcl4j.core.TclValue;

/**
 * The certificate status keys of {@code tls::status} and of the verify callback's cert argument, computed
 * in one place.
 *
 * <p>Keys, in the order of the TclTLS 2.0 manual: all version serialNumber signature issuer notBefore notAfter
 * subject issuerUniqueID subjectUniqueID num_extensions extensions authorityKeyIdentifier subjectKeyIdentifier
 * subjectAltName ocsp certificate signatureAlgorithm signatureValue signatureDigest publicKeyAlgorithm
 * publicKey bits self_signed sha1_hash sha256_hash.
 *
 * <p>Values as TclTLS computes them on OpenSSL 3: {@code all} is X509_print_ex's text (= {@code openssl x509
 * -text -noout -nameopt RFC2253,-esc_msb}); DNs per {@link #dn}; dates per ASN1_TIME_print ("Nov 29 06:13:48
 * 2026 GMT"); the serial as i2a_ASN1_INTEGER (upper-case hex); object names as OpenSSL's long names
 * ({@code extensions} lists the extensions' long names, e.g. "X509v3 Basic Constraints"); key identifiers,
 * signature, public key and hashes as upper-case hex without separators; subjectAltName entries as
 * GENERAL_NAME_print ("DNS:x", "IP Address:1.2.3.4"); {@code bits} is the signature's security bits
 * (X509_get_signature_info: half the digest size, 63 for SHA-1, 128 for Ed25519); {@code self_signed} is
 * X509_check_issued(cert, cert); {@code certificate} is the PEM text.
 */
public final class CertInfo {
    private CertInfo() {}

    /** Every key, including the long {@code all} and {@code certificate} texts (tls::status). */
    public static TclValue of(X509Certificate cert) {
        return of(cert, true);
    }

    /**
     * The keys for a certificate; {@code full} false leaves out {@code all} and {@code certificate}, as TclTLS
     * does for the verify callback's cert argument (Tls_NewX509Obj(interp, cert, 0)).
     */
    public static TclValue of(X509Certificate cert, boolean full) {
        Certificate c = Certificate.getInstance(X509Text.encoded(cert));
        List<TclValue> kv = new ArrayList<>(56);
        if (full) {
            put(kv, "all", X509Text.print(cert));
        }
        put(kv, "version", TclValue.of(c.getVersionNumber()));
        put(kv, "serialNumber", serial(cert));
        String sigOid = c.getSignatureAlgorithm().getAlgorithm().getId();
        put(kv, "signature", Oids.ln(c.getTBSCertificate().getSignature().getAlgorithm().getId()));
        put(kv, "issuer", dn(cert.getIssuerX500Principal()));
        put(kv, "notBefore", X509Text.time(cert.getNotBefore()));
        put(kv, "notAfter", X509Text.time(cert.getNotAfter()));
        put(kv, "subject", dn(cert.getSubjectX500Principal()));
        put(kv, "issuerUniqueID", uid(c.getTBSCertificate().getIssuerUniqueId()));
        put(kv, "subjectUniqueID", uid(c.getTBSCertificate().getSubjectUniqueId()));
        Extensions exts = c.getTBSCertificate().getExtensions();
        ASN1ObjectIdentifier[] oids = exts == null ? new ASN1ObjectIdentifier[0] : exts.getExtensionOIDs();
        put(kv, "num_extensions", TclValue.of(oids.length));
        List<TclValue> names = new ArrayList<>();
        for (ASN1ObjectIdentifier oid : oids) {
            names.add(TclValue.of(Oids.known(oid.getId()) ? Oids.ln(oid.getId()) : "undefined"));
        }
        put(kv, "extensions", TclValue.ofList(names));
        put(kv, "authorityKeyIdentifier", authorityKeyId(exts));
        put(kv, "subjectKeyIdentifier", subjectKeyId(exts));
        put(kv, "subjectAltName", altNames(exts));
        put(kv, "ocsp", ocsp(exts));
        if (full) {
            put(kv, "certificate", pem(cert));
        }
        put(kv, "signatureAlgorithm", Oids.ln(sigOid));
        put(kv, "signatureValue", Hex.upper(c.getSignature().getBytes()));
        SigInfo si = sigInfo(c);
        put(kv, "signatureDigest", si.digest);
        put(kv, "publicKeyAlgorithm", Oids.ln(c.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId()));
        put(kv, "publicKey", Hex.upper(c.getSubjectPublicKeyInfo().getPublicKeyData().getBytes()));
        put(kv, "bits", TclValue.of(si.bits));
        put(kv, "self_signed", TclValue.of(selfSigned(cert) ? 1 : 0));
        put(kv, "sha1_hash", Hex.upper(digest("SHA-1", X509Text.encoded(cert))));
        put(kv, "sha256_hash", Hex.upper(digest("SHA-256", X509Text.encoded(cert))));
        return TclValue.ofList(kv);
    }

    /** A DN formatted as TclTLS formats subject/issuer (X509_NAME_print_ex, RFC 2253 without escaping UTF-8). */
    public static String dn(X500Principal name) {
        return DnFormat.rfc2253(name);
    }

    /** A DN as X509_NAME_oneline writes it ({@code /C=US/O=Example/CN=x}), as TclTLS lists CA names. */
    public static String oneline(X500Principal name) {
        return X509Text.oneline(org.bouncycastle.asn1.x500.X500Name.getInstance(name.getEncoded()));
    }

    /** {@link #oneline(X500Principal)} for a name as the TLS engine hands it over. */
    public static String oneline(org.bouncycastle.asn1.x500.X500Name name) {
        return X509Text.oneline(name);
    }

    /** The PEM text of a certificate, as PEM_write_bio_X509 writes it (64-column lines, final newline). */
    public static String pem(X509Certificate cert) {
        String b64 = Base64.getEncoder().encodeToString(X509Text.encoded(cert));
        StringBuilder sb = new StringBuilder(b64.length() + 80);
        sb.append("-----BEGIN CERTIFICATE-----\n");
        for (int i = 0; i < b64.length(); i += 64) {
            sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        }
        return sb.append("-----END CERTIFICATE-----\n").toString();
    }

    /** The X509_get_signature_info answers TclTLS reports: the digest's long name and the security bits. */
    private record SigInfo(String digest, int bits) {}

    private static SigInfo sigInfo(Certificate c) {
        String alg = c.getSignatureAlgorithm().getAlgorithm().getId();
        String md = switch (alg) {
            case "1.2.840.113549.1.1.4" -> "1.2.840.113549.2.5";
            case "1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3" -> "1.3.14.3.2.26";
            case "1.2.840.113549.1.1.14", "1.2.840.10045.4.3.1" -> "2.16.840.1.101.3.4.2.4";
            case "1.2.840.113549.1.1.11", "1.2.840.10045.4.3.2", "2.16.840.1.101.3.4.3.2" -> "2.16.840.1.101.3.4.2.1";
            case "1.2.840.113549.1.1.12", "1.2.840.10045.4.3.3" -> "2.16.840.1.101.3.4.2.2";
            case "1.2.840.113549.1.1.13", "1.2.840.10045.4.3.4" -> "2.16.840.1.101.3.4.2.3";
            case "1.2.840.113549.1.1.10" -> {
                RSASSAPSSparams p = RSASSAPSSparams.getInstance(c.getSignatureAlgorithm().getParameters());
                yield p.getHashAlgorithm().getAlgorithm().getId();
            }
            default -> null;
        };
        if (md == null) {
            // EdDSA has no separate digest: OpenSSL reports NID_undef ("undefined") and the curve's strength.
            int bits = alg.equals("1.3.101.112") ? 128 : alg.equals("1.3.101.113") ? 224 : -1;
            return new SigInfo("undefined", bits);
        }
        int bits = switch (md) {
            case "1.3.14.3.2.26" -> 63;     // SHA-1, demoted by OpenSSL 3 below security level 1
            case "1.2.840.113549.2.5" -> 39; // MD5
            case "2.16.840.1.101.3.4.2.4" -> 112;
            case "2.16.840.1.101.3.4.2.1" -> 128;
            case "2.16.840.1.101.3.4.2.2" -> 192;
            case "2.16.840.1.101.3.4.2.3" -> 256;
            default -> -1;
        };
        return new SigInfo(Oids.ln(md), bits);
    }

    /** i2a_ASN1_INTEGER: upper-case hex of the magnitude, two digits per byte, "-" when negative. */
    static String serial(X509Certificate cert) {
        java.math.BigInteger s = cert.getSerialNumber();
        return (s.signum() < 0 ? "-" : "") + Hex.upper(X509Text.magnitude(s));
    }

    private static String uid(org.bouncycastle.asn1.ASN1BitString bits) {
        if (bits == null) {
            return "";
        }
        // TclTLS hands the raw bytes to Tcl as a byte array: one character per byte.
        return new String(bits.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static ASN1Primitive ext(Extensions exts, ASN1ObjectIdentifier oid) {
        if (exts == null || exts.getExtension(oid) == null) {
            return null;
        }
        try {
            return ASN1Primitive.fromByteArray(exts.getExtension(oid).getExtnValue().getOctets());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String authorityKeyId(Extensions exts) {
        ASN1Primitive p = ext(exts, Extension.authorityKeyIdentifier);
        if (p == null) {
            return "";
        }
        byte[] id = AuthorityKeyIdentifier.getInstance(p).getKeyIdentifierOctets();
        return id == null ? "" : Hex.upper(id);
    }

    private static String subjectKeyId(Extensions exts) {
        ASN1Primitive p = ext(exts, Extension.subjectKeyIdentifier);
        return p == null ? "" : Hex.upper(SubjectKeyIdentifier.getInstance(p).getKeyIdentifier());
    }

    private static TclValue altNames(Extensions exts) {
        ASN1Primitive p = ext(exts, Extension.subjectAlternativeName);
        List<TclValue> out = new ArrayList<>();
        if (p != null) {
            for (GeneralName gn : GeneralNames.getInstance(p).getNames()) {
                out.add(TclValue.of(X509Text.generalName(gn)));
            }
        }
        return TclValue.ofList(out);
    }

    /** X509_get1_ocsp: the URIs of the OCSP access descriptions. */
    private static TclValue ocsp(Extensions exts) {
        ASN1Primitive p = ext(exts, Extension.authorityInfoAccess);
        List<TclValue> out = new ArrayList<>();
        if (p != null) {
            for (AccessDescription ad : AuthorityInformationAccess.getInstance(p).getAccessDescriptions()) {
                if (ad.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                    && ad.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    out.add(TclValue.of(ad.getAccessLocation().getName().toString()));
                }
            }
        }
        return TclValue.ofList(out);
    }

    /** X509_check_issued(cert, cert) == X509_V_OK: names and key identifiers chain to itself, keyUsage allows signing. */
    static boolean selfSigned(X509Certificate cert) {
        if (!Verifier.likelyIssued(cert, cert)) {
            return false;
        }
        boolean[] ku = cert.getKeyUsage();
        return ku == null || (ku.length > 5 && ku[5]);
    }

    private static byte[] digest(String alg, byte[] data) {
        try {
            return MessageDigest.getInstance(alg).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(List<TclValue> kv, String key, String value) {
        kv.add(TclValue.of(key));
        kv.add(TclValue.of(value));
    }

    private static void put(List<TclValue> kv, String key, TclValue value) {
        kv.add(TclValue.of(key));
        kv.add(value);
    }
}
