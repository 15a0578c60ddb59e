package org.tcl4j.tls.x509;

import java.io.IOException;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Distinguished names as OpenSSL's X509_NAME_print_ex prints them with
 * {@code XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB} (TclTLS's flags): entries last-to-first, separated by
 * {@code ,} (multi-valued RDNs joined by {@code +}), short attribute names, RFC 2253 escapes for
 * {@code ,+"\<>;}, a leading {@code #} or space and a trailing space, control characters as
 * {@code \XX}, other characters as UTF-8 (not escaped), and unknown or non-string values as
 * {@code #} followed by the hex of their DER encoding.
 */
final class DnFormat {
    private DnFormat() {}

    static String rfc2253(X500Principal name) {
        return rfc2253(X500Name.getInstance(name.getEncoded()));
    }

    static String rfc2253(X500Name name) {
        RDN[] rdns = name.getRDNs();
        StringBuilder sb = new StringBuilder();
        for (int i = rdns.length - 1; i >= 0; i--) {
            if (i != rdns.length - 1) {
                sb.append(',');
            }
            // XN_FLAG_DN_REV reverses the list of entries, so the values of a multi-valued RDN come out reversed too.
            AttributeTypeAndValue[] avs = rdns[i].getTypesAndValues();
            for (int j = avs.length - 1; j >= 0; j--) {
                if (j < avs.length - 1) {
                    sb.append('+');
                }
                String oid = avs[j].getType().getId();
                sb.append(Oids.sn(oid)).append('=');
                appendValue(sb, avs[j].getValue(), Oids.known(oid));
            }
        }
        return sb.toString();
    }

    private static void appendValue(StringBuilder sb, ASN1Encodable value, boolean knownField) {
        ASN1Primitive prim = value.toASN1Primitive();
        if (!knownField || !(prim instanceof ASN1String str)) {
            sb.append('#');
            try {
                Hex.upper(sb, prim.getEncoded(ASN1Encoding.DER));
            } catch (IOException e) {
                // A value that was parsed can be re-encoded; keep the '#' alone if not.
            }
            return;
        }
        escape(sb, str.getString());
    }

    /** RFC 2253 escaping as OpenSSL's do_esc_char does it without ESC_MSB. */
    static void escape(StringBuilder sb, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean first = i == 0, last = i == n - 1;
            if (c == ',' || c == '+' || c == '"' || c == '\\' || c == '<' || c == '>' || c == ';'
                || (first && (c == '#' || c == ' ')) || (last && c == ' ')) {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append('\\');
                Hex.upperByte(sb, c);
            } else {
                sb.append(c);
            }
        }
    }
}
