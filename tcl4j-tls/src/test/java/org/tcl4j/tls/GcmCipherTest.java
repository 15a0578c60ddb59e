package org.tcl4j.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Cipher;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.junit.jupiter.api.Test;

/** The record layer's AES-GCM: what one side seals, the other opens, and a changed byte is a bad record MAC. */
class GcmCipherTest {
    private static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static final byte[] HEADER = {23, 3, 3, 0, 42};

    private static GcmCipher cipher(boolean encrypting) throws Exception {
        GcmCipher c = new GcmCipher(Cipher.getInstance("AES/GCM/NoPadding"), encrypting);
        c.setKey(KEY, 0, KEY.length);
        return c;
    }

    private static byte[] nonce(int sequence) {
        byte[] n = new byte[12];
        n[11] = (byte) sequence;
        return n;
    }

    @Test
    void sealsAndOpensInPlaceAsTheRecordLayerDoes() throws Exception {
        byte[] text = "a record of application data".getBytes(StandardCharsets.US_ASCII);
        GcmCipher seal = cipher(true);
        seal.init(nonce(1), 16);
        assertEquals(text.length + 16, seal.getOutputSize(text.length));
        byte[] record = new byte[5 + text.length + 16];
        System.arraycopy(text, 0, record, 5, text.length);
        int sealed = seal.doFinal(HEADER, record, 5, text.length, record, 5);
        assertEquals(text.length + 16, sealed);

        GcmCipher open = cipher(false);
        open.init(nonce(1), 16);
        byte[] plain = new byte[text.length];
        assertEquals(text.length, open.doFinal(HEADER, record, 5, sealed, plain, 0));
        assertArrayEquals(text, plain);
    }

    @Test
    void aChangedByteOrHeaderIsABadRecordMac() throws Exception {
        byte[] record = new byte[64 + 16];
        GcmCipher seal = cipher(true);
        seal.init(nonce(2), 16);
        int sealed = seal.doFinal(HEADER, record, 0, 64, record, 0);

        byte[] tampered = record.clone();
        tampered[10] ^= 1;
        GcmCipher open = cipher(false);
        open.init(nonce(2), 16);
        TlsFatalAlert e = assertThrows(TlsFatalAlert.class,
                () -> open.doFinal(HEADER, tampered, 0, sealed, new byte[64], 0));
        assertEquals(AlertDescription.bad_record_mac, e.getAlertDescription());

        open.init(nonce(2), 16);
        byte[] otherHeader = {23, 3, 3, 0, 43};
        e = assertThrows(TlsFatalAlert.class, () -> open.doFinal(otherHeader, record, 0, sealed, new byte[64], 0));
        assertEquals(AlertDescription.bad_record_mac, e.getAlertDescription());
    }
}
