package org.tcl4j.tls;

import java.security.GeneralSecurityException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.impl.TlsAEADCipherImpl;

/**
 * AES-GCM for the record layer, one per direction, straight on a JCE
 * {@link Cipher}. BouncyCastle's generic JCE wrapper looks up an
 * {@code AlgorithmParameters} service for every record (a provider search
 * costing more than encrypting a small record) and its inlined provider
 * machinery makes the JIT spend close to a second compiling the record
 * path; handing the JDK a {@link GCMParameterSpec} directly avoids both.
 */
final class GcmCipher implements TlsAEADCipherImpl {
    private final Cipher cipher;
    private final int mode;
    private SecretKeySpec key;

    GcmCipher(Cipher cipher, boolean encrypting) {
        this.cipher = cipher;
        this.mode = encrypting ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
    }

    @Override
    public void setKey(byte[] bytes, int offset, int length) {
        key = new SecretKeySpec(bytes, offset, length, "AES");
    }

    @Override
    public void init(byte[] nonce, int macSize) throws TlsFatalAlert {
        try {
            // The record layer never repeats a nonce under one key (it is the
            // sequence number), which the JDK checks for encryption anyway.
            cipher.init(mode, key, new GCMParameterSpec(macSize * 8, nonce));
        } catch (GeneralSecurityException e) {
            throw new TlsFatalAlert(AlertDescription.internal_error, e);
        }
    }

    @Override
    public int getOutputSize(int inputLength) {
        return cipher.getOutputSize(inputLength);
    }

    @Override
    public int doFinal(byte[] additionalData, byte[] input, int inputOffset, int inputLength, byte[] output,
            int outputOffset) throws TlsFatalAlert {
        try {
            if (additionalData != null && additionalData.length > 0) {
                cipher.updateAAD(additionalData);
            }
            return cipher.doFinal(input, inputOffset, inputLength, output, outputOffset);
        } catch (AEADBadTagException e) {
            throw new TlsFatalAlert(AlertDescription.bad_record_mac, e);
        } catch (GeneralSecurityException e) {
            throw new TlsFatalAlert(AlertDescription.internal_error, e);
        }
    }
}
