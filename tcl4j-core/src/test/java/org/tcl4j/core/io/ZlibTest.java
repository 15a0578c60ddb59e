package org.tcl4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclTestCase;

/**
 * The zlib command and its engines: gzip headers byte for byte as tclsh
 * writes them, streaming decompression fed a byte at a time, zlib's error
 * messages for corrupt data, and seeded checksums.
 */
class ZlibTest extends TclTestCase {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void gzipOutputMatchesTclshByteForByte() throws Exception {
        assertEquals("1f8b08000000000000034b4c4a0600c241243503000000", eval("binary encode hex [zlib gzip abc]"));
        assertEquals("1f8b081b393000000003666f6f2e74787400686900dd434b4c4a0600c241243503000000",
                eval("binary encode hex [zlib gzip abc -header {filename foo.txt comment hi time 12345 os 3"
                        + " type text crc 1}]"));
        // level 9 and level 1 mark the extra-flags byte
        assertEquals("02", eval("binary encode hex [string index [zlib gzip abc -level 9] 8]"));
        assertEquals("04", eval("binary encode hex [string index [zlib gzip abc -level 1] 8]"));
    }

    @Test
    void gunzipReportsTheHeader() throws Exception {
        assertEquals("abc comment hi crc 1 filename foo.txt os 3 time 12345 type text size 3",
                eval("set d [zlib gunzip [zlib gzip abc -header {filename foo.txt comment hi time 12345 os 3"
                        + " type text crc 1}] -headerVar h]; list $d {*}$h"));
    }

    @Test
    void oneShotErrorsUseZlibCodes() {
        assertEquals("data error", error("zlib decompress abc"));
        assertEquals("stream error", error("zlib gunzip [string range [zlib gzip abc] 0 end-8]"));
        assertEquals("buffer error", error("zlib compress abc 0"));
        assertEquals("level must be 0 to 9", error("zlib compress abc 10"));
    }

    @Test
    void inflaterTakesInputAByteAtATime() throws Exception {
        byte[] text = ascii("hello hello hello gzip world".repeat(50));
        for (ZlibFormat format : ZlibFormat.values()) {
            ZlibDeflater d = new ZlibDeflater(format, 6, null);
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            d.deflate(text, 0, text.length, ZlibDeflater.FINISH, 4096, false, z);
            d.end();
            byte[] packed = z.toByteArray();
            ZlibInflater inf = new ZlibInflater(format, 100, 100, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[7];
            for (int i = 0; i < packed.length && !inf.finished(); i++) {
                inf.input(packed, i, 1);
                int n;
                while ((n = inf.inflate(buf, 0, buf.length)) > 0) {
                    out.write(buf, 0, n);
                }
            }
            assertTrue(inf.finished(), format.name());
            assertArrayEquals(text, out.toByteArray(), format.name());
            inf.end();
        }
    }

    @Test
    void corruptGzipFailsWithZlibsMessages() {
        assertEquals("incorrect header check", inflateError(ascii("garbage")));
        assertEquals("unknown compression method", inflateError(new byte[] {0x1f, (byte) 0x8b, 7, 0}));
        assertEquals("unknown header flags set", inflateError(new byte[] {0x1f, (byte) 0x8b, 8, (byte) 0xe0}));
        assertEquals("invalid block type",
                inflateError(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 7, 0}));
    }

    private static String inflateError(byte[] data) {
        ZlibInflater inf = new ZlibInflater(ZlibFormat.GZIP, 100, 100, 0);
        inf.input(data, 0, data.length);
        ZlibError e = assertThrows(ZlibError.class, () -> inf.inflate(new byte[100], 0, 100));
        inf.end();
        return e.detail();
    }

    @Test
    void seededChecksumsContinueAnEarlierOne() {
        byte[] a = ascii("The quick brown fox ");
        byte[] b = ascii("jumps over the lazy dog");
        CRC32 crc = new CRC32();
        crc.update(a);
        crc.update(b);
        assertEquals(crc.getValue(), ZlibChecksums.crc32(ZlibChecksums.crc32(0, a), b));
        Adler32 adler = new Adler32();
        adler.update(a);
        adler.update(b);
        assertEquals(adler.getValue(), ZlibChecksums.adler32(ZlibChecksums.adler32(1, a), b));
    }

    @Test
    void streamCompressesInPieces() throws Exception {
        assertEquals("1", eval("set s [zlib stream gzip]; set z [$s add abc]; append z [$s add -finalize def];"
                + " $s close; expr {[zlib gunzip $z] eq {abcdef}}"));
    }
}
