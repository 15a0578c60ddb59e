package org.tcl4j.tls.x509;

import java.util.HashMap;
import java.util.Map;

/** OpenSSL's short and long names for the object identifiers that certificates use (obj_dat.h). */
final class Oids {
    private record Name(String sn, String ln) {}

    private static final Map<String, Name> NAMES = new HashMap<>();

    private static void add(String oid, String sn, String ln) {
        NAMES.put(oid, new Name(sn, ln));
    }

    static {
        // Distinguished-name attributes
        add("2.5.4.3", "CN", "commonName");
        add("2.5.4.4", "SN", "surname");
        add("2.5.4.5", "serialNumber", "serialNumber");
        add("2.5.4.6", "C", "countryName");
        add("2.5.4.7", "L", "localityName");
        add("2.5.4.8", "ST", "stateOrProvinceName");
        add("2.5.4.9", "street", "streetAddress");
        add("2.5.4.10", "O", "organizationName");
        add("2.5.4.11", "OU", "organizationalUnitName");
        add("2.5.4.12", "title", "title");
        add("2.5.4.13", "description", "description");
        add("2.5.4.15", "businessCategory", "businessCategory");
        add("2.5.4.16", "postalAddress", "postalAddress");
        add("2.5.4.17", "postalCode", "postalCode");
        add("2.5.4.18", "postOfficeBox", "postOfficeBox");
        add("2.5.4.20", "telephoneNumber", "telephoneNumber");
        add("2.5.4.41", "name", "name");
        add("2.5.4.42", "GN", "givenName");
        add("2.5.4.43", "initials", "initials");
        add("2.5.4.44", "generationQualifier", "generationQualifier");
        add("2.5.4.45", "x500UniqueIdentifier", "x500UniqueIdentifier");
        add("2.5.4.46", "dnQualifier", "dnQualifier");
        add("2.5.4.65", "pseudonym", "pseudonym");
        add("2.5.4.72", "role", "role");
        add("2.5.4.97", "organizationIdentifier", "organizationIdentifier");
        add("1.2.840.113549.1.9.1", "emailAddress", "emailAddress");
        add("1.2.840.113549.1.9.2", "unstructuredName", "unstructuredName");
        add("0.9.2342.19200300.100.1.1", "UID", "userId");
        add("0.9.2342.19200300.100.1.25", "DC", "domainComponent");
        add("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL", "jurisdictionLocalityName");
        add("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST", "jurisdictionStateOrProvinceName");
        add("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC", "jurisdictionCountryName");
        // Extensions
        add("2.5.29.14", "subjectKeyIdentifier", "X509v3 Subject Key Identifier");
        add("2.5.29.15", "keyUsage", "X509v3 Key Usage");
        add("2.5.29.16", "privateKeyUsagePeriod", "X509v3 Private Key Usage Period");
        add("2.5.29.17", "subjectAltName", "X509v3 Subject Alternative Name");
        add("2.5.29.18", "issuerAltName", "X509v3 Issuer Alternative Name");
        add("2.5.29.19", "basicConstraints", "X509v3 Basic Constraints");
        add("2.5.29.30", "nameConstraints", "X509v3 Name Constraints");
        add("2.5.29.31", "crlDistributionPoints", "X509v3 CRL Distribution Points");
        add("2.5.29.32", "certificatePolicies", "X509v3 Certificate Policies");
        add("2.5.29.33", "policyMappings", "X509v3 Policy Mappings");
        add("2.5.29.35", "authorityKeyIdentifier", "X509v3 Authority Key Identifier");
        add("2.5.29.36", "policyConstraints", "X509v3 Policy Constraints");
        add("2.5.29.37", "extendedKeyUsage", "X509v3 Extended Key Usage");
        add("2.5.29.46", "freshestCRL", "X509v3 Freshest CRL");
        add("2.5.29.54", "inhibitAnyPolicy", "X509v3 Inhibit Any Policy");
        add("1.3.6.1.5.5.7.1.1", "authorityInfoAccess", "Authority Information Access");
        add("1.3.6.1.5.5.7.1.11", "subjectInfoAccess", "Subject Information Access");
        add("1.3.6.1.5.5.7.1.24", "tlsfeature", "TLS Feature");
        add("1.3.6.1.4.1.11129.2.4.2", "ct_precert_scts", "CT Precertificate SCTs");
        add("1.3.6.1.4.1.11129.2.4.3", "ct_precert_poison", "CT Precertificate Poison");
        add("2.16.840.1.113730.1.1", "nsCertType", "Netscape Cert Type");
        add("2.16.840.1.113730.1.13", "nsComment", "Netscape Comment");
        // Access methods, key purposes, policies
        add("1.3.6.1.5.5.7.48.1", "OCSP", "OCSP");
        add("1.3.6.1.5.5.7.48.2", "caIssuers", "CA Issuers");
        add("1.3.6.1.5.5.7.3.1", "serverAuth", "TLS Web Server Authentication");
        add("1.3.6.1.5.5.7.3.2", "clientAuth", "TLS Web Client Authentication");
        add("1.3.6.1.5.5.7.3.3", "codeSigning", "Code Signing");
        add("1.3.6.1.5.5.7.3.4", "emailProtection", "E-mail Protection");
        add("1.3.6.1.5.5.7.3.8", "timeStamping", "Time Stamping");
        add("1.3.6.1.5.5.7.3.9", "OCSPSigning", "OCSP Signing");
        add("2.5.29.37.0", "anyExtendedKeyUsage", "Any Extended Key Usage");
        add("2.5.29.32.0", "anyPolicy", "X509v3 Any Policy");
        add("2.23.140.1.2.1", "domain-validated", "domain-validated");
        add("2.23.140.1.2.2", "organization-validated", "organization-validated");
        add("2.23.140.1.2.3", "individual-validated", "individual-validated");
        add("1.3.6.1.5.5.7.2.1", "id-qt-cps", "Policy Qualifier CPS");
        add("1.3.6.1.5.5.7.2.2", "id-qt-unotice", "Policy Qualifier User Notice");
        // Algorithms
        add("1.2.840.113549.1.1.1", "rsaEncryption", "rsaEncryption");
        add("1.2.840.113549.1.1.4", "RSA-MD5", "md5WithRSAEncryption");
        add("1.2.840.113549.1.1.5", "RSA-SHA1", "sha1WithRSAEncryption");
        add("1.2.840.113549.1.1.10", "RSASSA-PSS", "rsassaPss");
        add("1.2.840.113549.1.1.11", "RSA-SHA256", "sha256WithRSAEncryption");
        add("1.2.840.113549.1.1.12", "RSA-SHA384", "sha384WithRSAEncryption");
        add("1.2.840.113549.1.1.13", "RSA-SHA512", "sha512WithRSAEncryption");
        add("1.2.840.113549.1.1.14", "RSA-SHA224", "sha224WithRSAEncryption");
        add("1.2.840.10045.2.1", "id-ecPublicKey", "id-ecPublicKey");
        add("1.2.840.10045.4.1", "ecdsa-with-SHA1", "ecdsa-with-SHA1");
        add("1.2.840.10045.4.3.1", "ecdsa-with-SHA224", "ecdsa-with-SHA224");
        add("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", "ecdsa-with-SHA256");
        add("1.2.840.10045.4.3.3", "ecdsa-with-SHA384", "ecdsa-with-SHA384");
        add("1.2.840.10045.4.3.4", "ecdsa-with-SHA512", "ecdsa-with-SHA512");
        add("1.2.840.10040.4.1", "DSA", "dsaEncryption");
        add("2.16.840.1.101.3.4.3.2", "dsa_with_SHA256", "dsa_with_SHA256");
        add("1.3.101.112", "ED25519", "ED25519");
        add("1.3.101.113", "ED448", "ED448");
        add("1.3.14.3.2.26", "SHA1", "sha1");
        add("2.16.840.1.101.3.4.2.1", "SHA256", "sha256");
        add("2.16.840.1.101.3.4.2.2", "SHA384", "sha384");
        add("2.16.840.1.101.3.4.2.3", "SHA512", "sha512");
        add("2.16.840.1.101.3.4.2.4", "SHA224", "sha224");
        add("1.2.840.113549.2.5", "MD5", "md5");
        add("1.2.840.10045.3.1.7", "prime256v1", "prime256v1");
        add("1.3.132.0.34", "secp384r1", "secp384r1");
        add("1.3.132.0.35", "secp521r1", "secp521r1");
        add("1.3.132.0.10", "secp256k1", "secp256k1");
    }

    private Oids() {}

    /** OpenSSL's short name, or the dotted OID when OpenSSL would not know it either. */
    static String sn(String oid) {
        Name n = NAMES.get(oid);
        return n == null ? oid : n.sn;
    }

    /** OpenSSL's long name, or the dotted OID. */
    static String ln(String oid) {
        Name n = NAMES.get(oid);
        return n == null ? oid : n.ln;
    }

    static boolean known(String oid) {
        return NAMES.containsKey(oid);
    }
}
