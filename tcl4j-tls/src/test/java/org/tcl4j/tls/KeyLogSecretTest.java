package org.tcl4j.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bouncycastle.tls.crypto.CryptoHashAlgorithm;
import org.bouncycastle.tls.crypto.TlsCryptoUtils;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JceTlsSecret;
import org.junit.jupiter.api.Test;

/** How the key log recognises a TLS 1.3 secret: by the label the engine derives it with. */
class KeyLogSecretTest {
    /** The HkdfLabel the engine itself builds for {@code label}, caught on its way to HKDF-Expand. */
    private static byte[] engineInfo(String label, byte[] context) throws Exception {
        JcaTlsCrypto crypto = (JcaTlsCrypto) TlsEngine.CRYPTO;
        byte[][] seen = new byte[1][];
        TlsSecret s = new JceTlsSecret(crypto, new byte[32]) {
            @Override
            public synchronized TlsSecret hkdfExpand(int hash, byte[] info, int length) {
                seen[0] = info.clone();
                return super.hkdfExpand(hash, info, length);
            }
        };
        TlsCryptoUtils.hkdfExpandLabel(s, CryptoHashAlgorithm.sha256, label, context, 32);
        return seen[0];
    }

    @Test
    void theLabelsOpenSslLogsAreRecognised() throws Exception {
        byte[] transcriptHash = new byte[32];
        for (String label : new String[] {"c hs traffic", "s hs traffic", "c ap traffic", "s ap traffic", "exp master"}) {
            assertEquals(label, KeyLogSecret.label(engineInfo(label, transcriptHash)));
        }
        // key and IV derivations go through the same path with their own labels
        assertEquals("key", KeyLogSecret.label(engineInfo("key", new byte[0])));
    }

    @Test
    void otherInfoIsNotALabel() {
        assertNull(KeyLogSecret.label(null));
        assertNull(KeyLogSecret.label(new byte[0]));
        assertNull(KeyLogSecret.label(new byte[] {0, 32, 5, 't', 'l', 's', '1', '2'}));
        // a label length past the end of the bytes
        assertNull(KeyLogSecret.label(new byte[] {0, 32, 40, 't', 'l', 's', '1', '3', ' ', 'k'}));
    }
}
