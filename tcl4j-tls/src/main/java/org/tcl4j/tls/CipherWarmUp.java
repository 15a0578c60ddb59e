package org.tcl4j.tls;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;

import org.bouncycastle.tls.TlsFatalAlert;

/**
 * Gets the AES-GCM record path compiled before a bulk transfer has to wait
 * for it. Until HotSpot's optimizing compiler has compiled the JDK's GCM
 * code (with the AES-NI and carry-less multiply intrinsics), every record is
 * encrypted by plain Java: measured on the 2-core development machine, the
 * first 128 MiB of a transfer crawl at 40-70 MB/s, where tclsh with OpenSSL
 * starts at full speed. The compiler starts on a method after some
 * thousands of calls, which a transfer alone reaches only after a few
 * hundred megabytes.
 *
 * <p>So when the package loads, a daemon thread encrypts and decrypts
 * records under a throwaway key, mostly small ones (cheap while the code is
 * still slow) with full-size ones among them, so that the compiled code is
 * the one full records need. It runs once per JVM, on machines with more
 * than one processor, and costs about half a second of CPU on another core;
 * a short script exits before it is done and pays close to nothing
 * (measured: 0.73 s against 0.68 s for {@code package require tls; exit}).
 * With it, a 1 GiB transfer over loopback went from 300-340 MB/s to
 * 420-470 MB/s. {@code -Dtcl4j.tls.warmup=false} turns it off.
 */
final class CipherWarmUp {
    /** Calls per direction: enough for the compiler's thresholds, under its load feedback. */
    private static final int ROUNDS = 3000;
    /** Record sizes cycled through: mostly small (cheap while slow), some full TLS records. */
    private static final int[] SIZES = {16385, 1024, 256, 16385, 64, 4096};

    private static volatile boolean started;

    private CipherWarmUp() {
    }

    /** Starts the warm-up for keys of {@code keyLength} bytes, unless it has run already. */
    static void start(int keyLength) {
        if (started || Runtime.getRuntime().availableProcessors() < 2
                || "false".equals(System.getProperty("tcl4j.tls.warmup"))) {
            return;
        }
        synchronized (CipherWarmUp.class) {
            if (started) {
                return;
            }
            started = true;
        }
        Thread t = new Thread(() -> run(keyLength), "tls cipher warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run(int keyLength) {
        try {
            byte[] key = new byte[keyLength];
            new SecureRandom().nextBytes(key);
            GcmCipher encrypt = new GcmCipher(Cipher.getInstance("AES/GCM/NoPadding"), true);
            GcmCipher decrypt = new GcmCipher(Cipher.getInstance("AES/GCM/NoPadding"), false);
            encrypt.setKey(key, 0, key.length);
            decrypt.setKey(key, 0, key.length);
            byte[] record = new byte[16385 + 16];
            byte[] header = new byte[5];
            for (int i = 0; i < ROUNDS; i++) {
                // a fresh nonce per record, as the record layer's sequence number gives
                byte[] nonce = new byte[12];
                nonce[8] = (byte) (i >> 24);
                nonce[9] = (byte) (i >> 16);
                nonce[10] = (byte) (i >> 8);
                nonce[11] = (byte) i;
                encrypt.init(nonce, 16);
                int sealed = encrypt.doFinal(header, record, 0, SIZES[i % SIZES.length], record, 0);
                decrypt.init(nonce, 16);
                decrypt.doFinal(header, record, 0, sealed, record, 0);
            }
        } catch (GeneralSecurityException | TlsFatalAlert e) {
            // Nothing depends on the warm-up: the transfer only stays slower for a while.
        }
    }
}
