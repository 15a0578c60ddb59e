package org.tcl4j.tls.x509;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reading PEM certificate files and DER certificates, with OpenSSL-like tolerance of text around the blocks. */
final class Pem {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";

    private Pem() {}

    /** The certificate factory is thread-safe for generateCertificate but cheap to share only per thread. */
    private static final ThreadLocal<CertificateFactory> FACTORY = ThreadLocal.withInitial(() -> {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Parses one DER X.509 certificate (trailing bytes after the certificate are ignored, as in OpenSSL's trusted-certificate form). */
    static X509Certificate certificate(byte[] der) throws CertificateException {
        byte[] exact = firstDerElement(der);
        return (X509Certificate) FACTORY.get().generateCertificate(new ByteArrayInputStream(exact));
    }

    /**
     * Every certificate in PEM text, in file order: "CERTIFICATE", "X509 CERTIFICATE" and
     * OpenSSL's "TRUSTED CERTIFICATE" blocks; other blocks (keys, parameters) are skipped.
     */
    static List<X509Certificate> certificates(String text) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(text)) {
            if (b.type.equals("CERTIFICATE") || b.type.equals("X509 CERTIFICATE") || b.type.equals("TRUSTED CERTIFICATE")) {
                out.add(certificate(b.der));
            }
        }
        return out;
    }

    /** One PEM block: its type (the word after BEGIN) and its decoded bytes. */
    record Block(String type, byte[] der) {}

    static List<Block> blocks(String text) throws CertificateException {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int b = text.indexOf(BEGIN, pos);
            if (b < 0) {
                return out;
            }
            int typeEnd = text.indexOf("-----", b + BEGIN.length());
            if (typeEnd < 0) {
                return out;
            }
            String type = text.substring(b + BEGIN.length(), typeEnd);
            String endMark = END + type + "-----";
            int e = text.indexOf(endMark, typeEnd);
            if (e < 0) {
                throw new CertificateException("unterminated PEM block " + type);
            }
            String body = text.substring(typeEnd + 5, e);
            // Legacy encrypted blocks carry "Name: value" headers before a blank line; they are not certificates.
            if (!body.contains(":")) {
                try {
                    out.add(new Block(type, Base64.getMimeDecoder().decode(body)));
                } catch (IllegalArgumentException ex) {
                    throw new CertificateException("bad base64 in PEM block " + type);
                }
            }
            pos = e + endMark.length();
        }
    }

    /** The bytes of the first DER TLV in {@code der} (the whole array when it is exactly one element or malformed). */
    static byte[] firstDerElement(byte[] der) {
        if (der.length < 2) {
            return der;
        }
        int len = der[1] & 0xff;
        int header = 2;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || der.length < 2 + n) {
                return der;
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (der[2 + i] & 0xff);
            }
            header += n;
        }
        long total = (long) header + len;
        if (total >= der.length || total <= 0) {
            return der;
        }
        byte[] out = new byte[(int) total];
        System.arraycopy(der, 0, out, 0, out.length);
        return out;
    }

    /** Reads a file as text, turning I/O failures into the lower-case reasons Tcl users know from POSIX. */
    static String readText(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
    }

    /** POSIX-style reason for an I/O failure ("no such file or directory", "permission denied", ...). */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        if (m != null && m.contains("Is a directory")) {
            return "illegal operation on a directory";
        }
        return m == null ? "read error" : m;
    }
}
