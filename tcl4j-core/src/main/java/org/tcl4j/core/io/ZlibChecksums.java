package org.tcl4j.core.io;

import java.util.zip.CRC32;

/**
 * CRC-32 and Adler-32 with a start value, as {@code zlib crc32 data ?start?}
 * and {@code zlib adler32 data ?start?} need (java.util.zip's checksums
 * cannot be seeded). An unseeded CRC uses the JDK's intrinsic.
 */
final class ZlibChecksums {
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private ZlibChecksums() {
    }

    /** The CRC-32 of {@code b} continuing from {@code start} (0 for a fresh checksum). */
    static long crc32(long start, byte[] b) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        int c = ~(int) start;
        for (byte x : b) {
            c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    /** The Adler-32 of {@code b} continuing from {@code start} (1 for a fresh checksum). */
    static long adler32(long start, byte[] b) {
        final int mod = 65521;
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        int i = 0;
        while (i < b.length) {
            // 5552 bytes is the most that can be summed before the sums could overflow an int in zlib; a long is safe too
            int end = Math.min(b.length, i + 5552);
            for (; i < end; i++) {
                s1 += b[i] & 0xff;
                s2 += s1;
            }
            s1 %= mod;
            s2 %= mod;
        }
        return (s2 << 16) | s1;
    }
}
