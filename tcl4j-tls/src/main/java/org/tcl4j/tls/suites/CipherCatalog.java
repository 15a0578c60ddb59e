package org.tcl4j.tls.suites;

import static org.tcl4j.tls.suites.Algorithms.FIPS;
import static org.tcl4j.tls.suites.Algorithms.HIGH;
import static org.tcl4j.tls.suites.Algorithms.NOT_DEFAULT;
import static org.tcl4j.tls.suites.Algorithms.STRONG_NONE;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;

/**
 * The one table of cipher suites (as Go's cipher_suites.go): OpenSSL 3.0's
 * name and description of every suite that BouncyCastle's TLS engine
 * implements, restricted to those the engine's crypto provider can really
 * run. {@code tls::ciphers}, {@code -cipher}/{@code -ciphersuites} strings,
 * security levels and the "Cipher Info" of {@code tls::connection} all read it.
 *
 * <p>The facts (names, columns, strength classes) are OpenSSL 3.0's, as
 * {@code openssl ciphers -V -stdname 'ALL:COMPLEMENTOFALL'} prints them.
 * PSK and SRP suites are left out: TclTLS has no option to supply a
 * pre-shared key or SRP password, so no connection could use them.
 *
 * <p>Which suites are usable depends on the JCA providers: the JDK's own
 * providers have no Camellia, ARIA, AES-CCM or ChaCha20-Poly1305 under the
 * names bctls asks for. The engine tells the catalog which crypto it uses
 * with {@link #useCrypto}; until then a {@code JcaTlsCrypto} on the default
 * providers is assumed.
 */
public final class CipherCatalog {
    private CipherCatalog() {
    }

    /** TLS 1.3 suites in OpenSSL's order (the first three are its default -ciphersuites). */
    private static final Row[] TLS13 = {
        s(0x1302, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "TLSv1.3", "any", "any", "AESGCM(256)", "AEAD", HIGH | FIPS),
        s(0x1303, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLSv1.3", "any", "any", "CHACHA20/POLY1305(256)", "AEAD", HIGH),
        s(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "TLSv1.3", "any", "any", "AESGCM(128)", "AEAD", HIGH | FIPS),
        s(0x1304, "TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_SHA256", "TLSv1.3", "any", "any", "AESCCM(128)", "AEAD", HIGH),
        s(0x1305, "TLS_AES_128_CCM_8_SHA256", "TLS_AES_128_CCM_8_SHA256", "TLSv1.3", "any", "any", "AESCCM8(128)", "AEAD", HIGH),
    };

    /**
     * TLS 1.2 and older suites, in the order {@code openssl ciphers 'ALL:COMPLEMENTOFALL'}
     * lists them. OpenSSL's preference order is computed from this by
     * {@link CipherRules#preferenceOrder} (it moves the NULL ciphers to their place).
     */
    private static final Row[] TLS12 = {
        s(0xC02C, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "ECDH", "ECDSA", "AESGCM(256)", "AEAD", HIGH | FIPS),
        s(0xC030, "ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "ECDH", "RSA", "AESGCM(256)", "AEAD", HIGH | FIPS),
        s(0x00A3, "DHE-DSS-AES256-GCM-SHA384", "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", "TLSv1.2", "DH", "DSS", "AESGCM(256)", "AEAD", HIGH | FIPS | NOT_DEFAULT),
        s(0x009F, "DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "DH", "RSA", "AESGCM(256)", "AEAD", HIGH | FIPS),
        s(0xCCA9, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "ECDH", "ECDSA", "CHACHA20/POLY1305(256)", "AEAD", HIGH),
        s(0xCCA8, "ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "ECDH", "RSA", "CHACHA20/POLY1305(256)", "AEAD", HIGH),
        s(0xCCAA, "DHE-RSA-CHACHA20-POLY1305", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "DH", "RSA", "CHACHA20/POLY1305(256)", "AEAD", HIGH),
        s(0xC0AF, "ECDHE-ECDSA-AES256-CCM8", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", "TLSv1.2", "ECDH", "ECDSA", "AESCCM8(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC0AD, "ECDHE-ECDSA-AES256-CCM", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", "TLSv1.2", "ECDH", "ECDSA", "AESCCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC0A3, "DHE-RSA-AES256-CCM8", "TLS_DHE_RSA_WITH_AES_256_CCM_8", "TLSv1.2", "DH", "RSA", "AESCCM8(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC09F, "DHE-RSA-AES256-CCM", "TLS_DHE_RSA_WITH_AES_256_CCM", "TLSv1.2", "DH", "RSA", "AESCCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC05D, "ECDHE-ECDSA-ARIA256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "ECDH", "ECDSA", "ARIAGCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC061, "ECDHE-ARIA256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "ECDH", "RSA", "ARIAGCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC057, "DHE-DSS-ARIA256-GCM-SHA384", "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "DH", "DSS", "ARIAGCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC053, "DHE-RSA-ARIA256-GCM-SHA384", "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "DH", "RSA", "ARIAGCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0x00A7, "ADH-AES256-GCM-SHA384", "TLS_DH_anon_WITH_AES_256_GCM_SHA384", "TLSv1.2", "DH", "None", "AESGCM(256)", "AEAD", HIGH | FIPS | NOT_DEFAULT),
        s(0xC02B, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "ECDH", "ECDSA", "AESGCM(128)", "AEAD", HIGH | FIPS),
        s(0xC02F, "ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "ECDH", "RSA", "AESGCM(128)", "AEAD", HIGH | FIPS),
        s(0x00A2, "DHE-DSS-AES128-GCM-SHA256", "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", "TLSv1.2", "DH", "DSS", "AESGCM(128)", "AEAD", HIGH | FIPS | NOT_DEFAULT),
        s(0x009E, "DHE-RSA-AES128-GCM-SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "DH", "RSA", "AESGCM(128)", "AEAD", HIGH | FIPS),
        s(0xC0AE, "ECDHE-ECDSA-AES128-CCM8", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "TLSv1.2", "ECDH", "ECDSA", "AESCCM8(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC0AC, "ECDHE-ECDSA-AES128-CCM", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", "TLSv1.2", "ECDH", "ECDSA", "AESCCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC0A2, "DHE-RSA-AES128-CCM8", "TLS_DHE_RSA_WITH_AES_128_CCM_8", "TLSv1.2", "DH", "RSA", "AESCCM8(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC09E, "DHE-RSA-AES128-CCM", "TLS_DHE_RSA_WITH_AES_128_CCM", "TLSv1.2", "DH", "RSA", "AESCCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC05C, "ECDHE-ECDSA-ARIA128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "ECDH", "ECDSA", "ARIAGCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC060, "ECDHE-ARIA128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "ECDH", "RSA", "ARIAGCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC056, "DHE-DSS-ARIA128-GCM-SHA256", "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "DH", "DSS", "ARIAGCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC052, "DHE-RSA-ARIA128-GCM-SHA256", "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "DH", "RSA", "ARIAGCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0x00A6, "ADH-AES128-GCM-SHA256", "TLS_DH_anon_WITH_AES_128_GCM_SHA256", "TLSv1.2", "DH", "None", "AESGCM(128)", "AEAD", HIGH | FIPS | NOT_DEFAULT),
        s(0xC024, "ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "ECDH", "ECDSA", "AES(256)", "SHA384", HIGH | FIPS),
        s(0xC028, "ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "ECDH", "RSA", "AES(256)", "SHA384", HIGH | FIPS),
        s(0x006B, "DHE-RSA-AES256-SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "DH", "RSA", "AES(256)", "SHA256", HIGH | FIPS),
        s(0x006A, "DHE-DSS-AES256-SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLSv1.2", "DH", "DSS", "AES(256)", "SHA256", HIGH | FIPS | NOT_DEFAULT),
        s(0xC073, "ECDHE-ECDSA-CAMELLIA256-SHA384", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1.2", "ECDH", "ECDSA", "Camellia(256)", "SHA384", HIGH | NOT_DEFAULT),
        s(0xC077, "ECDHE-RSA-CAMELLIA256-SHA384", "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1.2", "ECDH", "RSA", "Camellia(256)", "SHA384", HIGH | NOT_DEFAULT),
        s(0x00C4, "DHE-RSA-CAMELLIA256-SHA256", "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "DH", "RSA", "Camellia(256)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x00C3, "DHE-DSS-CAMELLIA256-SHA256", "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "DH", "DSS", "Camellia(256)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x006D, "ADH-AES256-SHA256", "TLS_DH_anon_WITH_AES_256_CBC_SHA256", "TLSv1.2", "DH", "None", "AES(256)", "SHA256", HIGH | FIPS | NOT_DEFAULT),
        s(0x00C5, "ADH-CAMELLIA256-SHA256", "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "DH", "None", "Camellia(256)", "SHA256", HIGH | NOT_DEFAULT),
        s(0xC023, "ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "ECDH", "ECDSA", "AES(128)", "SHA256", HIGH | FIPS),
        s(0xC027, "ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "ECDH", "RSA", "AES(128)", "SHA256", HIGH | FIPS),
        s(0x0067, "DHE-RSA-AES128-SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "DH", "RSA", "AES(128)", "SHA256", HIGH | FIPS),
        s(0x0040, "DHE-DSS-AES128-SHA256", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLSv1.2", "DH", "DSS", "AES(128)", "SHA256", HIGH | FIPS | NOT_DEFAULT),
        s(0xC072, "ECDHE-ECDSA-CAMELLIA128-SHA256", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "ECDH", "ECDSA", "Camellia(128)", "SHA256", HIGH | NOT_DEFAULT),
        s(0xC076, "ECDHE-RSA-CAMELLIA128-SHA256", "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "ECDH", "RSA", "Camellia(128)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x00BE, "DHE-RSA-CAMELLIA128-SHA256", "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "DH", "RSA", "Camellia(128)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x00BD, "DHE-DSS-CAMELLIA128-SHA256", "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "DH", "DSS", "Camellia(128)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x006C, "ADH-AES128-SHA256", "TLS_DH_anon_WITH_AES_128_CBC_SHA256", "TLSv1.2", "DH", "None", "AES(128)", "SHA256", HIGH | FIPS | NOT_DEFAULT),
        s(0x00BF, "ADH-CAMELLIA128-SHA256", "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "DH", "None", "Camellia(128)", "SHA256", HIGH | NOT_DEFAULT),
        s(0xC00A, "ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1", "ECDH", "ECDSA", "AES(256)", "SHA1", HIGH | FIPS),
        s(0xC014, "ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLSv1", "ECDH", "RSA", "AES(256)", "SHA1", HIGH | FIPS),
        s(0x0039, "DHE-RSA-AES256-SHA", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "DH", "RSA", "AES(256)", "SHA1", HIGH | FIPS),
        s(0x0038, "DHE-DSS-AES256-SHA", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "DH", "DSS", "AES(256)", "SHA1", HIGH | FIPS | NOT_DEFAULT),
        s(0x0088, "DHE-RSA-CAMELLIA256-SHA", "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "DH", "RSA", "Camellia(256)", "SHA1", HIGH | NOT_DEFAULT),
        s(0x0087, "DHE-DSS-CAMELLIA256-SHA", "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "DH", "DSS", "Camellia(256)", "SHA1", HIGH | NOT_DEFAULT),
        s(0xC019, "AECDH-AES256-SHA", "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", "TLSv1", "ECDH", "None", "AES(256)", "SHA1", HIGH | FIPS | NOT_DEFAULT),
        s(0x003A, "ADH-AES256-SHA", "TLS_DH_anon_WITH_AES_256_CBC_SHA", "SSLv3", "DH", "None", "AES(256)", "SHA1", HIGH | FIPS | NOT_DEFAULT),
        s(0x0089, "ADH-CAMELLIA256-SHA", "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "DH", "None", "Camellia(256)", "SHA1", HIGH | NOT_DEFAULT),
        s(0xC009, "ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1", "ECDH", "ECDSA", "AES(128)", "SHA1", HIGH | FIPS),
        s(0xC013, "ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLSv1", "ECDH", "RSA", "AES(128)", "SHA1", HIGH | FIPS),
        s(0x0033, "DHE-RSA-AES128-SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "DH", "RSA", "AES(128)", "SHA1", HIGH | FIPS),
        s(0x0032, "DHE-DSS-AES128-SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "DH", "DSS", "AES(128)", "SHA1", HIGH | FIPS | NOT_DEFAULT),
        s(0x0045, "DHE-RSA-CAMELLIA128-SHA", "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "DH", "RSA", "Camellia(128)", "SHA1", HIGH | NOT_DEFAULT),
        s(0x0044, "DHE-DSS-CAMELLIA128-SHA", "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "DH", "DSS", "Camellia(128)", "SHA1", HIGH | NOT_DEFAULT),
        s(0xC018, "AECDH-AES128-SHA", "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", "TLSv1", "ECDH", "None", "AES(128)", "SHA1", HIGH | FIPS | NOT_DEFAULT),
        s(0x0034, "ADH-AES128-SHA", "TLS_DH_anon_WITH_AES_128_CBC_SHA", "SSLv3", "DH", "None", "AES(128)", "SHA1", HIGH | FIPS | NOT_DEFAULT),
        s(0x0046, "ADH-CAMELLIA128-SHA", "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "DH", "None", "Camellia(128)", "SHA1", HIGH | NOT_DEFAULT),
        s(0x009D, "AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "RSA", "RSA", "AESGCM(256)", "AEAD", HIGH | FIPS),
        s(0xC0A1, "AES256-CCM8", "TLS_RSA_WITH_AES_256_CCM_8", "TLSv1.2", "RSA", "RSA", "AESCCM8(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC09D, "AES256-CCM", "TLS_RSA_WITH_AES_256_CCM", "TLSv1.2", "RSA", "RSA", "AESCCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC051, "ARIA256-GCM-SHA384", "TLS_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "RSA", "RSA", "ARIAGCM(256)", "AEAD", HIGH | NOT_DEFAULT),
        s(0x009C, "AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "RSA", "RSA", "AESGCM(128)", "AEAD", HIGH | FIPS),
        s(0xC0A0, "AES128-CCM8", "TLS_RSA_WITH_AES_128_CCM_8", "TLSv1.2", "RSA", "RSA", "AESCCM8(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC09C, "AES128-CCM", "TLS_RSA_WITH_AES_128_CCM", "TLSv1.2", "RSA", "RSA", "AESCCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0xC050, "ARIA128-GCM-SHA256", "TLS_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "RSA", "RSA", "ARIAGCM(128)", "AEAD", HIGH | NOT_DEFAULT),
        s(0x003D, "AES256-SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "RSA", "RSA", "AES(256)", "SHA256", HIGH | FIPS),
        s(0x00C0, "CAMELLIA256-SHA256", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "RSA", "RSA", "Camellia(256)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x003C, "AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "RSA", "RSA", "AES(128)", "SHA256", HIGH | FIPS),
        s(0x00BA, "CAMELLIA128-SHA256", "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "RSA", "RSA", "Camellia(128)", "SHA256", HIGH | NOT_DEFAULT),
        s(0x0035, "AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "RSA", "RSA", "AES(256)", "SHA1", HIGH | FIPS),
        s(0x0084, "CAMELLIA256-SHA", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "RSA", "RSA", "Camellia(256)", "SHA1", HIGH | NOT_DEFAULT),
        s(0x002F, "AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "RSA", "RSA", "AES(128)", "SHA1", HIGH | FIPS),
        s(0x0041, "CAMELLIA128-SHA", "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "RSA", "RSA", "Camellia(128)", "SHA1", HIGH | NOT_DEFAULT),
        s(0xC006, "ECDHE-ECDSA-NULL-SHA", "TLS_ECDHE_ECDSA_WITH_NULL_SHA", "TLSv1", "ECDH", "ECDSA", "None", "SHA1", STRONG_NONE),
        s(0xC010, "ECDHE-RSA-NULL-SHA", "TLS_ECDHE_RSA_WITH_NULL_SHA", "TLSv1", "ECDH", "RSA", "None", "SHA1", STRONG_NONE),
        s(0xC015, "AECDH-NULL-SHA", "TLS_ECDH_anon_WITH_NULL_SHA", "TLSv1", "ECDH", "None", "None", "SHA1", STRONG_NONE),
        s(0x003B, "NULL-SHA256", "TLS_RSA_WITH_NULL_SHA256", "TLSv1.2", "RSA", "RSA", "None", "SHA256", STRONG_NONE),
        s(0x0002, "NULL-SHA", "TLS_RSA_WITH_NULL_SHA", "SSLv3", "RSA", "RSA", "None", "SHA1", STRONG_NONE),
    };

    /** One table row: the suite and OpenSSL's strength classes for it. */
    record Row(CipherSuiteInfo info, int strength) {
    }

    private static Row s(int code, String name, String std, String version, String kx, String au,
            String enc, String mac, int strength) {
        Protocol min = switch (version) {
            case "SSLv3" -> Protocol.SSL3;
            case "TLSv1" -> Protocol.TLS1;
            case "TLSv1.2" -> Protocol.TLS1_2;
            case "TLSv1.3" -> Protocol.TLS1_3;
            default -> throw new IllegalArgumentException(version);
        };
        int bits = 0;
        int open = enc.indexOf('(');
        if (open >= 0) {
            bits = Integer.parseInt(enc.substring(open + 1, enc.length() - 1));
        }
        // OpenSSL's handshake digest: the suite's PRF hash from TLS 1.2 on, MD5+SHA1 before.
        String digest = min.compareTo(Protocol.TLS1_2) < 0 ? "MD5-SHA1"
                : std.endsWith("SHA384") ? "SHA384" : "SHA256";
        CipherSuiteInfo info = new CipherSuiteInfo(code, name, std, min, kx, au, enc, bits, bits, mac,
                mac.equals("AEAD"), 0x03000000L | code, digest);
        return new Row(info, strength);
    }

    private static volatile Snapshot current;

    /**
     * Tells the catalog which crypto the engine runs on, so that it lists
     * exactly the suites that crypto can negotiate. Call once, before the
     * first connection; calling again replaces the table (and forgets cached
     * cipher strings). Null goes back to the default assumption.
     */
    public static void useCrypto(TlsCrypto crypto) {
        current = crypto == null ? null : new Snapshot(crypto);
    }

    static Snapshot snapshot() {
        Snapshot s = current;
        if (s == null) {
            synchronized (CipherCatalog.class) {
                s = current;
                if (s == null) {
                    s = new Snapshot(new JcaTlsCryptoProvider().create(new SecureRandom()));
                    current = s;
                }
            }
        }
        return s;
    }

    /**
     * Every usable suite in OpenSSL's preference order: the TLS 1.3 suites
     * first, then the others as {@code openssl ciphers 'ALL:COMPLEMENTOFALL'}
     * would order them.
     */
    public static List<CipherSuiteInfo> all() {
        return snapshot().all;
    }

    /** The usable TLS 1.3 suites, in OpenSSL's order. */
    public static List<CipherSuiteInfo> tls13() {
        return snapshot().tls13;
    }

    /** The suite with this two-byte code, or null if the engine cannot use it. */
    public static CipherSuiteInfo byCode(int code) {
        return snapshot().byCode.get(code);
    }

    /** The suite with this OpenSSL or IANA name (case matters, as in OpenSSL), or null. */
    public static CipherSuiteInfo byName(String opensslOrStandardName) {
        return snapshot().byName.get(opensslOrStandardName);
    }

    /** The usable suites of one crypto, with what the cipher-string engine needs to know about them. */
    static final class Snapshot {
        final List<CipherSuiteInfo> all;
        final List<CipherSuiteInfo> tls13;
        /** TLS 1.2-and-older suites in OpenSSL's preference order, with their bits. */
        final List<CipherRules.Suite> tls12;
        final Map<Integer, CipherSuiteInfo> byCode = new HashMap<>();
        final Map<String, CipherSuiteInfo> byName = new HashMap<>();
        /** Parsed -cipher strings, so that each option value is parsed once. */
        final Map<String, Object> parsed = new ConcurrentHashMap<>();
        /** OpenSSL's default -ciphersuites in this catalog, computed on first use. */
        volatile List<CipherSuiteInfo> defaultTls13;

        Snapshot(TlsCrypto crypto) {
            List<CipherSuiteInfo> t13 = new ArrayList<>();
            for (Row r : TLS13) {
                if (TlsUtils.isSupportedCipherSuite(crypto, r.info.code())) {
                    t13.add(r.info);
                }
            }
            List<CipherRules.Suite> base = new ArrayList<>();
            for (Row r : TLS12) {
                if (TlsUtils.isSupportedCipherSuite(crypto, r.info.code())) {
                    base.add(new CipherRules.Suite(r.info, Algorithms.of(r.info, r.strength)));
                }
            }
            tls13 = List.copyOf(t13);
            tls12 = List.copyOf(CipherRules.preferenceOrder(base));
            List<CipherSuiteInfo> every = new ArrayList<>(tls13);
            for (CipherRules.Suite s : tls12) {
                every.add(s.info());
            }
            all = Collections.unmodifiableList(every);
            for (CipherSuiteInfo s : all) {
                byCode.put(s.code(), s);
                byName.put(s.name(), s);
                byName.put(s.standardName(), s);
            }
        }
    }
}
