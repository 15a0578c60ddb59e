package org.tcl4j.tls;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclValue;

/**
 * Parses the options of {@code tls::import} (and, through it, of
 * {@code tls::socket} and {@code tls::init}) with TclTLS's rules: options are
 * matched exactly (no prefixes), each takes a value, parsing stops at the
 * first word that does not start with "-", and the errors read as TclTLS's:
 * {@code no argument given for -cafile option}, {@code bad option "-x": must
 * be ...}, {@code expected boolean value but got "maybe"}.
 */
final class TlsOptions {
    private TlsOptions() {
    }

    /** Every option, as the "bad option" message lists them (the aliases -ciphers and -vcmd are accepted too). */
    static final String CHOICES = "-alpn, -cadir, -cafile, -castore, -cert, -certfile, -cipher, -ciphersuites, -command, "
            + "-dhparams, -key, -keyfile, -model, -password, -post_handshake, -request, -require, -security_level, "
            + "-server, -servername, -session_id, -ssl2, -ssl3, -tls1, -tls1.1, -tls1.2, -tls1.3, or -validatecommand";

    /** Protocol options in the order of {@code tls::protocols}. */
    static final List<String> PROTOCOL_OPTIONS = List.of("ssl2", "ssl3", "tls1", "tls1.1", "tls1.2", "tls1.3");

    /** Parses {@code objv[from..]}; returns the configuration. */
    static TlsConfig parse(TclValue[] objv, int from) throws TclException {
        boolean server = false;
        Boolean request = null;
        Boolean require = null;
        boolean postHandshake = false;
        // TclTLS 2.0: TLS 1.2 and 1.3 on, older versions off, each changed by its own option.
        boolean[] protocolFlags = {false, false, false, false, true, true};
        Integer level = null;
        String servername = null;
        List<String> alpn = null;
        String cafile = null;
        String cadir = null;
        String castore = null;
        String certfile = null;
        byte[] cert = null;
        String keyfile = null;
        byte[] key = null;
        String cipher = null;
        String ciphersuites = null;
        String dhparams = null;
        String model = null;
        String sessionId = null;
        TclValue command = null;
        TclValue password = null;
        TclValue vcmd = null;

        for (int i = from; i < objv.length; i++) {
            String opt = objv[i].toString();
            if (!opt.startsWith("-")) {
                break;
            }
            if (!isOption(opt)) {
                throw new TclException("bad option \"" + opt + "\": must be " + CHOICES, "TLS IMPORT OPTION INVALID");
            }
            if (++i >= objv.length) {
                throw new TclException("no argument given for " + opt + " option", "TLS IMPORT OPTION MISSING");
            }
            TclValue v = objv[i];
            switch (opt) {
                case "-alpn" -> alpn = alpnList(v);
                case "-cadir" -> cadir = nonEmpty(v);
                case "-cafile" -> cafile = nonEmpty(v);
                case "-castore" -> castore = nonEmpty(v);
                case "-cert" -> cert = nonEmptyBytes(v);
                case "-certfile" -> certfile = nonEmpty(v);
                case "-cipher", "-ciphers" -> cipher = nonEmpty(v);
                case "-ciphersuites" -> ciphersuites = nonEmpty(v);
                case "-command" -> command = nonEmptyScript(v);
                case "-dhparams" -> dhparams = nonEmpty(v);
                case "-key" -> key = nonEmptyBytes(v);
                case "-keyfile" -> keyfile = nonEmpty(v);
                case "-model" -> model = v.toString();
                case "-password" -> password = nonEmptyScript(v);
                case "-post_handshake" -> postHandshake = v.asBoolean();
                case "-request" -> request = v.asBoolean();
                case "-require" -> require = v.asBoolean();
                case "-security_level" -> level = securityLevel(v);
                case "-server" -> server = v.asBoolean();
                case "-servername" -> servername = nonEmpty(v);
                case "-session_id" -> sessionId = nonEmpty(v);
                case "-validatecommand", "-vcmd" -> vcmd = nonEmptyScript(v);
                default -> {
                    int p = PROTOCOL_OPTIONS.indexOf(opt.substring(1));
                    protocolFlags[p] = v.asBoolean();
                }
            }
        }
        // TclTLS 2.0: clients request and require a certificate unless told
        // otherwise, servers do neither; requiring implies requesting.
        boolean req = require != null ? require : !server;
        boolean ask = request != null ? request : !server;
        if (req) {
            ask = true;
        }
        List<String> protocols = new ArrayList<>();
        for (int p = 0; p < protocolFlags.length; p++) {
            if (protocolFlags[p]) {
                protocols.add(PROTOCOL_OPTIONS.get(p));
            }
        }
        return new TlsConfig(server, ask, req, postHandshake, List.copyOf(protocols), level, servername, alpn, cafile, cadir,
                castore, certfile, cert, keyfile, key, cipher, ciphersuites, dhparams, model, sessionId, command,
                password, vcmd);
    }

    private static boolean isOption(String opt) {
        return switch (opt) {
            case "-alpn", "-cadir", "-cafile", "-castore", "-cert", "-certfile", "-cipher", "-ciphers",
                    "-ciphersuites", "-command", "-dhparams", "-key", "-keyfile", "-model", "-password",
                    "-post_handshake", "-request", "-require", "-security_level", "-server", "-servername",
                    "-session_id", "-ssl2", "-ssl3", "-tls1", "-tls1.1", "-tls1.2", "-tls1.3", "-validatecommand",
                    "-vcmd" -> true;
            default -> false;
        };
    }

    private static String nonEmpty(TclValue v) {
        String s = v.toString();
        return s.isEmpty() ? null : s;
    }

    private static byte[] nonEmptyBytes(TclValue v) {
        byte[] b = v.asBytes();
        return b.length == 0 ? null : b;
    }

    private static TclValue nonEmptyScript(TclValue v) {
        return v.toString().isEmpty() ? null : v;
    }

    private static Integer securityLevel(TclValue v) throws TclException {
        int level = v.asInt();
        if (level < 0 || level > 5) {
            throw new TclException("bad security level \"" + v + "\": must be 0 to 5", "TLS IMPORT LEVEL INVALID");
        }
        return level;
    }

    private static List<String> alpnList(TclValue v) throws TclException {
        List<String> l = new ArrayList<>();
        for (TclValue p : v.asList()) {
            String s = p.toString();
            if (s.length() > 255) {
                throw new TclException("ALPN protocol names too long", "TLS IMPORT ALPN FAILED");
            }
            if (s.isEmpty()) {
                throw new TclException("ALPN protocol names must not be empty", "TLS IMPORT ALPN FAILED");
            }
            l.add(s);
        }
        return l.isEmpty() ? null : List.copyOf(l);
    }
}
