package org.tcl4j.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.DHParameter;
import org.bouncycastle.tls.crypto.DHGroup;
import org.tcl4j.core.TclException;
import org.tcl4j.tls.suites.SecurityLevel;

/**
 * The {@code -dhparams} file: a PEM "DH PARAMETERS" block (PKCS#3, as
 * {@code openssl dhparam} and {@code openssl genpkey -genparam} write it)
 * whose group a server then uses for DHE key exchange instead of the
 * engine's choice. Errors read as TclTLS's.
 */
final class DhParameters {
    private DhParameters() {
    }

    static DHGroup load(String file, int securityLevel) throws TclException {
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new TclException("Could not find DH parameters file", "TLS IMPORT DHPARAMS");
        } catch (IOException e) {
            throw new TclException("Could not find DH parameters file", "TLS IMPORT DHPARAMS");
        }
        String begin = "-----BEGIN DH PARAMETERS-----";
        String end = "-----END DH PARAMETERS-----";
        int b = text.indexOf(begin);
        int e = b < 0 ? -1 : text.indexOf(end, b);
        if (e < 0) {
            throw unreadable("no DH parameters found");
        }
        DHParameter p;
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
            p = DHParameter.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | IllegalArgumentException | ClassCastException x) {
            throw unreadable("bad DH parameters");
        }
        int bits = p.getP().bitLength();
        if (bits < SecurityLevel.minKeyBits(securityLevel, "DH")) {
            throw new TclException("Could not set DH parameters from file: dh key too small", "TLS IMPORT DHPARAMS");
        }
        return new DHGroup(p.getP(), null, p.getG(), p.getL() == null ? 0 : p.getL().intValue());
    }

    private static TclException unreadable(String reason) {
        return new TclException("Could not read DH parameters from file: " + reason, "TLS IMPORT DHPARAMS");
    }
}
