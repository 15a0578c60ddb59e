package org.tcl4j.tls;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.NoSuchPaddingException;

import org.bouncycastle.jcajce.util.DefaultJcaJceHelper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tls.EncryptionAlgorithm;
import org.bouncycastle.tls.crypto.TlsCryptoUtils;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.TlsAEADCipherImpl;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.tcl4j.tls.suites.CipherCatalog;

/**
 * The TLS engine every connection shares: BouncyCastle's TLS protocol code
 * over the JDK's own crypto providers (JCA), so that AES-GCM, ChaCha20 and
 * SHA-2 run on the JDK's intrinsics.
 */
final class TlsEngine {
    private TlsEngine() {
    }

    static final JcaTlsCrypto CRYPTO = new EngineCrypto();

    static {
        // tls::ciphers and -cipher list what this engine can really negotiate.
        CipherCatalog.useCrypto(CRYPTO);
    }

    /** Sets up the engine (and so the cipher catalog), and starts getting its record cipher compiled. */
    static void init() {
        CipherWarmUp.start(32);
    }

    /** The honest engine description {@code tls::version} returns. */
    static String version() {
        Package p = org.bouncycastle.tls.TlsProtocol.class.getPackage();
        String bc = p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "1.83";
        return "BouncyCastle TLS " + bc + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("java.vendor") + ")";
    }

    /**
     * JCA crypto whose helper finds what the JDK lacks in BouncyCastle's
     * provider. The ciphers only BouncyCastle has are declared available
     * without asking, so that its provider (slow to set up) loads only when
     * a connection really uses one.
     */
    private static final class EngineCrypto extends JcaTlsCrypto {
        EngineCrypto() {
            super(new FallbackHelper(), new SecureRandom(), new SecureRandom());
        }

        @Override
        public boolean hasEncryptionAlgorithm(int encryptionAlgorithm) {
            return switch (encryptionAlgorithm) {
                // BouncyCastle's provider has it (checked against OpenSSL in the tests).
                case EncryptionAlgorithm.CHACHA20_POLY1305 -> true;
                // Only BouncyCastle's provider has these, and AES-CCM through it
                // does not interoperate with OpenSSL: not offered.
                case EncryptionAlgorithm.AES_128_CCM, EncryptionAlgorithm.AES_128_CCM_8,
                        EncryptionAlgorithm.AES_256_CCM, EncryptionAlgorithm.AES_256_CCM_8,
                        EncryptionAlgorithm.CAMELLIA_128_CBC, EncryptionAlgorithm.CAMELLIA_256_CBC,
                        EncryptionAlgorithm.CAMELLIA_128_GCM, EncryptionAlgorithm.CAMELLIA_256_GCM,
                        EncryptionAlgorithm.ARIA_128_CBC, EncryptionAlgorithm.ARIA_256_CBC,
                        EncryptionAlgorithm.ARIA_128_GCM, EncryptionAlgorithm.ARIA_256_GCM -> false;
                default -> super.hasEncryptionAlgorithm(encryptionAlgorithm);
            };
        }

        @Override
        protected TlsAEADCipherImpl createAEADCipher(String cipherName, String algorithm, int keySize,
                boolean isEncrypting) throws GeneralSecurityException {
            if (cipherName.equals("AES/GCM/NoPadding")) {
                return new GcmCipher(getHelper().createCipher(cipherName), isEncrypting);
            }
            return super.createAEADCipher(cipherName, algorithm, keySize, isEncrypting);
        }

        /**
         * The start of a TLS 1.3 key schedule: for a connection that logs
         * its keys (SSLKEYLOGFILE), one whose derived secrets report to the
         * key log.
         */
        @Override
        public TlsSecret hkdfInit(int cryptoHashAlgorithm) {
            KeyLog log = KeyLog.current();
            if (log == null) {
                return super.hkdfInit(cryptoHashAlgorithm);
            }
            return new KeyLogSecret(this, new byte[TlsCryptoUtils.getHashOutputSize(cryptoHashAlgorithm)], log);
        }
    }

    /** BouncyCastle's JCA provider, made on first use: setting it up takes a few hundred milliseconds. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /**
     * The JDK's providers first (their AES and SHA use CPU intrinsics), then
     * BouncyCastle's, without installing it JVM-wide: the JDK has no
     * signature named as the engine asks for RSA-PSS ({@code
     * SHA256WITHRSAANDMGF1}), which TLS 1.3 requires for RSA keys, and not
     * the ChaCha20 and Poly1305 pieces the engine builds its
     * ChaCha20-Poly1305 from.
     */
    private static final class FallbackHelper extends DefaultJcaJceHelper {
        @Override
        public Signature createSignature(String algorithm) throws NoSuchAlgorithmException {
            try {
                return super.createSignature(algorithm);
            } catch (NoSuchAlgorithmException e) {
                return Signature.getInstance(algorithm, Bc.PROVIDER);
            }
        }

        @Override
        public Cipher createCipher(String algorithm) throws NoSuchAlgorithmException, NoSuchPaddingException {
            try {
                return super.createCipher(algorithm);
            } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
                if (algorithm.startsWith("RSA/NONE/")) {
                    // the JDK's name for the same single-block RSA cipher
                    return super.createCipher("RSA/ECB/" + algorithm.substring("RSA/NONE/".length()));
                }
                return Cipher.getInstance(algorithm, Bc.PROVIDER);
            }
        }

        @Override
        public Mac createMac(String algorithm) throws NoSuchAlgorithmException {
            try {
                return super.createMac(algorithm);
            } catch (NoSuchAlgorithmException e) {
                return Mac.getInstance(algorithm, Bc.PROVIDER);
            }
        }
    }
}
