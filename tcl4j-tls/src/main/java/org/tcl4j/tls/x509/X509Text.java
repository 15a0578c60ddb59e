package org.tcl4j.tls.x509;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * OpenSSL's certificate printing: X509_print_ex with TclTLS's name flags (what {@code openssl x509 -text
 * -noout -nameopt RFC2253,-esc_msb} prints), and the pieces CertInfo shares with it (times, general names).
 * RSA and EC keys and the common extensions print exactly as OpenSSL 3.0 prints them; other key types and
 * unknown extensions are printed in OpenSSL's fallback shape as far as known.
 */
final class X509Text {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] KU_NAMES = {"Digital Signature", "Non Repudiation", "Key Encipherment", "Data Encipherment",
        "Key Agreement", "Certificate Sign", "CRL Sign", "Encipher Only", "Decipher Only"};

    private X509Text() {}

    /** ASN1_TIME_print: "Nov  9 06:13:48 2026 GMT". */
    static String time(Date d) {
        ZonedDateTime t = d.toInstant().atZone(ZoneOffset.UTC);
        return String.format("%s %2d %02d:%02d:%02d %d GMT", MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(),
            t.getHour(), t.getMinute(), t.getSecond(), t.getYear());
    }

    /** GENERAL_NAME_print / i2v_GENERAL_NAME: "DNS:x", "IP Address:1.2.3.4", "email:x", "URI:x", "DirName:..." */
    static String generalName(GeneralName gn) {
        ASN1Encodable v = gn.getName();
        return switch (gn.getTagNo()) {
            case GeneralName.dNSName -> "DNS:" + str(v);
            case GeneralName.rfc822Name -> "email:" + str(v);
            case GeneralName.uniformResourceIdentifier -> "URI:" + str(v);
            case GeneralName.iPAddress -> "IP Address:" + ip(ASN1OctetString.getInstance(v).getOctets());
            case GeneralName.directoryName -> "DirName:" + oneline(X500Name.getInstance(v));
            case GeneralName.registeredID -> "Registered ID:" + Oids.ln(ASN1ObjectIdentifier.getInstance(v).getId());
            case GeneralName.otherName -> "othername:<unsupported>";
            case GeneralName.x400Address -> "X400Name:<unsupported>";
            case GeneralName.ediPartyName -> "EdiPartyName:<unsupported>";
            default -> "<unsupported>";
        };
    }

    private static String str(ASN1Encodable v) {
        return v instanceof ASN1String s ? s.getString() : v.toString();
    }

    /** ossl_ipaddr_to_asc: dotted quad, or eight upper-case hex groups without compression. */
    static String ip(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        }
        if (a.length == 16) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(Integer.toHexString(((a[i] & 0xff) << 8) | (a[i + 1] & 0xff)).toUpperCase());
            }
            return sb.toString();
        }
        return "<invalid>";
    }

    /** X509_NAME_oneline: "/C=US/O=Example/CN=x" (used inside DirName general names). */
    static String oneline(X500Name name) {
        StringBuilder sb = new StringBuilder();
        for (var rdn : name.getRDNs()) {
            for (var av : rdn.getTypesAndValues()) {
                sb.append('/').append(Oids.sn(av.getType().getId())).append('=').append(str(av.getValue()));
            }
        }
        return sb.toString();
    }

    /** The whole of X509_print_ex(bio, cert, RFC2253 name flags, 0). */
    static String print(X509Certificate cert) {
        Certificate c = Certificate.getInstance(encoded(cert));
        StringBuilder sb = new StringBuilder(4096);
        sb.append("Certificate:\n    Data:\n");
        int version = c.getVersionNumber();
        sb.append("        Version: ").append(version).append(" (0x").append(Integer.toHexString(version - 1)).append(")\n");
        serial(sb, c.getSerialNumber().getValue());
        sb.append("        Signature Algorithm: ").append(Oids.ln(c.getTBSCertificate().getSignature().getAlgorithm().getId())).append('\n');
        sb.append("        Issuer: ").append(DnFormat.rfc2253(c.getIssuer())).append('\n');
        sb.append("        Validity\n");
        sb.append("            Not Before: ").append(time(cert.getNotBefore())).append('\n');
        sb.append("            Not After : ").append(time(cert.getNotAfter())).append('\n');
        sb.append("        Subject: ").append(DnFormat.rfc2253(c.getSubject())).append('\n');
        SubjectPublicKeyInfo spki = c.getSubjectPublicKeyInfo();
        sb.append("        Subject Public Key Info:\n");
        sb.append("            Public Key Algorithm: ").append(Oids.ln(spki.getAlgorithm().getAlgorithm().getId())).append('\n');
        publicKey(sb, cert.getPublicKey(), spki);
        ASN1BitString iuid = c.getTBSCertificate().getIssuerUniqueId();
        if (iuid != null) {
            sb.append("        Issuer Unique ID: ");
            dump(sb, iuid.getBytes(), 12, 18);
        }
        if (c.getTBSCertificate().getSubjectUniqueId() != null) {
            sb.append("        Subject Unique ID: ");
            dump(sb, c.getTBSCertificate().getSubjectUniqueId().getBytes(), 12, 18);
        }
        Extensions exts = c.getTBSCertificate().getExtensions();
        if (exts != null && exts.getExtensionOIDs().length > 0) {
            sb.append("        X509v3 extensions:\n");
            for (ASN1ObjectIdentifier oid : exts.getExtensionOIDs()) {
                Extension e = exts.getExtension(oid);
                sb.append("            ").append(Oids.ln(oid.getId())).append(": ").append(e.isCritical() ? "critical" : "").append('\n');
                extension(sb, e, 16);
                sb.append('\n');
            }
        }
        sb.append("    Signature Algorithm: ").append(Oids.ln(c.getSignatureAlgorithm().getAlgorithm().getId())).append('\n');
        sb.append("    Signature Value:\n");
        byte[] sig = c.getSignature().getBytes();
        for (int i = 0; i < sig.length; i++) {
            if (i % 18 == 0) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append("        ");
            }
            Hex.lowerColon(sb, sig, i, i + 1);
            if (i + 1 < sig.length) {
                sb.append(':');
            }
        }
        sb.append('\n');
        return sb.toString();
    }

    static byte[] encoded(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serial(StringBuilder sb, BigInteger serial) {
        sb.append("        Serial Number:");
        BigInteger mag = serial.abs();
        boolean neg = serial.signum() < 0;
        if (mag.bitLength() <= 63) {
            String n = (neg ? "-" : "");
            sb.append(' ').append(n).append(mag).append(" (").append(n).append("0x").append(mag.toString(16)).append(")\n");
            return;
        }
        sb.append("\n            ").append(neg ? " (Negative)" : "");
        byte[] b = magnitude(mag);
        Hex.lowerColon(sb, b, 0, b.length);
        sb.append('\n');
    }

    /** The big-endian magnitude bytes without a sign byte (at least one byte). */
    static byte[] magnitude(BigInteger v) {
        byte[] b = v.abs().toByteArray();
        if (b.length > 1 && b[0] == 0) {
            byte[] t = new byte[b.length - 1];
            System.arraycopy(b, 1, t, 0, t.length);
            return t;
        }
        return b;
    }

    /** ASN1_buf_print: hex bytes with colons, 15 per line, each line indented. */
    private static void bufPrint(StringBuilder sb, byte[] b, int indent) {
        for (int i = 0; i < b.length; i++) {
            if (i % 15 == 0) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(" ".repeat(indent));
            }
            Hex.lowerColon(sb, b, i, i + 1);
            if (i != b.length - 1) {
                sb.append(':');
            }
        }
        sb.append('\n');
    }

    /** X509_signature_dump-style hex (used for unique IDs). */
    private static void dump(StringBuilder sb, byte[] b, int indent, int perLine) {
        sb.append('\n');
        for (int i = 0; i < b.length; i++) {
            if (i % perLine == 0) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(" ".repeat(indent));
            }
            Hex.lowerColon(sb, b, i, i + 1);
            if (i + 1 != b.length) {
                sb.append(':');
            }
        }
        sb.append('\n');
    }

    /** ASN1_bn_print: a leading 00 byte when the top bit is set. */
    private static void bnPrint(StringBuilder sb, String label, BigInteger n, int indent) {
        sb.append(" ".repeat(indent)).append(label);
        if (n.bitLength() <= 63) {
            sb.append(' ').append(n).append(" (0x").append(n.toString(16)).append(")\n");
            return;
        }
        sb.append('\n');
        byte[] b = n.toByteArray(); // keeps the 00 sign byte exactly when the top bit is set
        bufPrint(sb, b, indent + 4);
    }

    private static void publicKey(StringBuilder sb, PublicKey key, SubjectPublicKeyInfo spki) {
        String pad = " ".repeat(16);
        if (key instanceof RSAPublicKey rsa) {
            sb.append(pad).append("Public-Key: (").append(rsa.getModulus().bitLength()).append(" bit)\n");
            bnPrint(sb, "Modulus:", rsa.getModulus(), 16);
            bnPrint(sb, "Exponent:", rsa.getPublicExponent(), 16);
            return;
        }
        if (key instanceof ECPublicKey ec) {
            sb.append(pad).append("Public-Key: (").append(ec.getParams().getOrder().bitLength()).append(" bit)\n");
            sb.append(pad).append("pub:\n");
            bufPrint(sb, spki.getPublicKeyData().getBytes(), 20);
            ASN1Encodable params = spki.getAlgorithm().getParameters();
            if (params instanceof ASN1ObjectIdentifier curve) {
                String sn = Oids.sn(curve.getId());
                sb.append(pad).append("ASN1 OID: ").append(sn).append('\n');
                String nist = switch (sn) {
                    case "prime256v1" -> "P-256";
                    case "secp384r1" -> "P-384";
                    case "secp521r1" -> "P-521";
                    default -> null;
                };
                if (nist != null) {
                    sb.append(pad).append("NIST CURVE: ").append(nist).append('\n');
                }
            }
            return;
        }
        String alg = Oids.sn(spki.getAlgorithm().getAlgorithm().getId());
        if (alg.equals("ED25519") || alg.equals("ED448")) {
            sb.append(pad).append(alg).append(" Public-Key:\n");
            sb.append(pad).append("pub:\n");
            bufPrint(sb, spki.getPublicKeyData().getBytes(), 20);
            return;
        }
        sb.append(pad).append("Unable to load Public Key\n");
    }

    /** X509V3_EXT_print for the common extensions, OpenSSL's ASN1_STRING_print fallback for the rest. */
    private static void extension(StringBuilder sb, Extension e, int indent) {
        String pad = " ".repeat(indent);
        String oid = e.getExtnId().getId();
        try {
            ASN1Primitive value = ASN1Primitive.fromByteArray(e.getExtnValue().getOctets());
            switch (oid) {
                case "2.5.29.19" -> {
                    BasicConstraints bc = BasicConstraints.getInstance(value);
                    sb.append(pad).append(bc.isCA() ? "CA:TRUE" : "CA:FALSE");
                    if (bc.getPathLenConstraint() != null) {
                        sb.append(", pathlen:").append(bc.getPathLenConstraint());
                    }
                }
                case "2.5.29.15" -> {
                    ASN1BitString bits = ASN1BitString.getInstance(value);
                    List<String> names = new ArrayList<>();
                    byte[] b = bits.getBytes();
                    for (int i = 0; i < KU_NAMES.length; i++) {
                        if (i / 8 < b.length && (b[i / 8] & (0x80 >> (i % 8))) != 0) {
                            names.add(KU_NAMES[i]);
                        }
                    }
                    sb.append(pad).append(String.join(", ", names));
                }
                case "2.5.29.37" -> {
                    List<String> names = new ArrayList<>();
                    for (KeyPurposeId id : ExtendedKeyUsage.getInstance(value).getUsages()) {
                        names.add(Oids.ln(id.getId()));
                    }
                    sb.append(pad).append(String.join(", ", names));
                }
                case "2.5.29.17", "2.5.29.18" -> {
                    List<String> names = new ArrayList<>();
                    for (GeneralName gn : GeneralNames.getInstance(value).getNames()) {
                        names.add(generalName(gn));
                    }
                    sb.append(pad).append(String.join(", ", names));
                }
                case "2.5.29.14" -> sb.append(pad).append(Hex.upperColon(SubjectKeyIdentifier.getInstance(value).getKeyIdentifier()));
                case "2.5.29.35" -> {
                    AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(value);
                    List<String> lines = new ArrayList<>();
                    boolean more = aki.getAuthorityCertIssuer() != null || aki.getAuthorityCertSerialNumber() != null;
                    if (aki.getKeyIdentifierOctets() != null) {
                        lines.add((more ? "keyid:" : "") + Hex.upperColon(aki.getKeyIdentifierOctets()));
                    }
                    if (aki.getAuthorityCertIssuer() != null) {
                        for (GeneralName gn : aki.getAuthorityCertIssuer().getNames()) {
                            lines.add(generalName(gn));
                        }
                    }
                    if (aki.getAuthorityCertSerialNumber() != null) {
                        lines.add("serial:" + Hex.upperColon(magnitude(aki.getAuthorityCertSerialNumber())));
                    }
                    multiline(sb, lines, pad);
                }
                case "1.3.6.1.5.5.7.1.1" -> {
                    List<String> lines = new ArrayList<>();
                    for (AccessDescription ad : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                        lines.add(Oids.ln(ad.getAccessMethod().getId()) + " - " + generalName(ad.getAccessLocation()));
                    }
                    multiline(sb, lines, pad);
                }
                default -> fallback(sb, e, pad);
            }
        } catch (Exception ex) {
            fallback(sb, e, pad);
        }
    }

    private static void multiline(StringBuilder sb, List<String> lines, String pad) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(pad).append(lines.get(i));
        }
    }

    /** ASN1_STRING_print of the raw extension value: printable ASCII kept, other bytes as '.'. */
    private static void fallback(StringBuilder sb, Extension e, String pad) {
        sb.append(pad);
        for (byte b : e.getExtnValue().getOctets()) {
            int c = b & 0xff;
            sb.append(c >= 0x20 && c < 0x7f || c == '\n' ? (char) c : '.');
        }
    }
}
