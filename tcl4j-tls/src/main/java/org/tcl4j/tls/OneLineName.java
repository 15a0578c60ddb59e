package org.tcl4j.tls;

import java.util.Map;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * A distinguished name the way OpenSSL's {@code X509_NAME_oneline} writes
 * it, {@code /C=US/O=Example/CN=www.example.com}: in encoding order, with
 * OpenSSL's short attribute names. TclTLS uses it for the CA list.
 */
final class OneLineName {
    private OneLineName() {
    }

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.ofEntries(
            Map.entry(BCStyle.C, "C"), Map.entry(BCStyle.ST, "ST"), Map.entry(BCStyle.L, "L"),
            Map.entry(BCStyle.O, "O"), Map.entry(BCStyle.OU, "OU"), Map.entry(BCStyle.CN, "CN"),
            Map.entry(BCStyle.EmailAddress, "emailAddress"), Map.entry(BCStyle.DC, "DC"),
            Map.entry(BCStyle.SERIALNUMBER, "serialNumber"), Map.entry(BCStyle.UID, "UID"),
            Map.entry(BCStyle.STREET, "street"), Map.entry(BCStyle.T, "title"),
            Map.entry(BCStyle.GIVENNAME, "GN"), Map.entry(BCStyle.SURNAME, "SN"));

    static String of(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        StringBuilder sb = new StringBuilder();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                String type = NAMES.getOrDefault(atv.getType(), atv.getType().getId());
                sb.append('/').append(type).append('=').append(IETFUtils.valueToString(atv.getValue()));
            }
        }
        return sb.toString();
    }
}
