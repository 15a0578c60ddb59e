package org.tcl4j.core.cmd;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;

/**
 * Tcl's character encodings, by Tcl name, with Tcl 8.6's conversion rules:
 * bytes that do not decode become the character with the byte's value,
 * characters that do not encode become {@code ?}, and a truncated
 * multi-byte sequence at the end of the input is dropped (except for
 * utf-8, which keeps the bytes). Byte strings are Java strings whose
 * characters are all below 256 (for input, each character counts with its
 * low 8 bits, as Tcl's byte arrays do).
 *
 * <p>The tables come from the JDK's charsets, with the few positions where
 * Tcl's own tables differ corrected here. {@code binary} is not an
 * encoding of the {@code encoding} command in Tcl 8.6, but channels accept
 * it: {@link #forChannel} maps it to the byte-for-byte encoding.
 */
public final class Encodings {
    private Encodings() {
    }

    /** One Tcl encoding. */
    public abstract static class Encoding {
        private final String name;

        Encoding(String name) {
            this.name = name;
        }

        /** The Tcl name ({@code utf-8}, {@code iso8859-1}, ...). */
        public String name() {
            return name;
        }

        /** Bytes (chars 0..255, low 8 bits used) to characters. */
        public abstract String decode(CharSequence bytes);

        /** Characters to bytes (chars 0..255). */
        public abstract String encode(CharSequence chars);

        /** Decodes real bytes. */
        public String decode(byte[] b, int off, int len) {
            StringBuilder sb = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                sb.append((char) (b[i] & 0xFF));
            }
            return decode(sb);
        }

        /** Encodes to real bytes. */
        public byte[] encodeBytes(CharSequence chars) {
            String s = encode(chars);
            byte[] out = new byte[s.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) s.charAt(i);
            }
            return out;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // ------------------------------------------------------------ registry

    /** Tcl name to JDK charset name for the table-driven encodings. */
    private static final Map<String, String> JAVA_NAMES = new HashMap<>();
    /**
     * Positions where Tcl's table differs from the JDK's: "byte:codepoint"
     * pairs in hex; "byte:-" marks a byte Tcl's table leaves unmapped.
     */
    private static final Map<String, String> OVERRIDES = new HashMap<>();
    /** Tables where Tcl maps the C1 controls 0x80-0x9F that the JDK leaves unmapped to themselves. */
    private static final java.util.Set<String> C1_IDENTITY = java.util.Set.of("cp1250", "cp1251", "cp1252",
            "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp864", "cp869", "cp874", "gb1988",
            "jis0201", "symbol", "dingbats", "macDingbats");
    /** Symbol fonts: Tcl encodes every character below 256 whose byte is in the table as that byte. */
    private static final java.util.Set<String> SYMBOL_TYPE = java.util.Set.of("symbol", "dingbats", "macDingbats");
    /** Multi-byte encodings whose bytes are the JDK's with the high bit of each byte cleared. */
    private static final Map<String, String> RAW_DOUBLE_BYTE = new HashMap<>();
    private static final Map<String, Encoding> CACHE = new ConcurrentHashMap<>();

    private static void java(String tcl, String javaName) {
        JAVA_NAMES.put(tcl, javaName);
    }

    static {
        java("ascii", "US-ASCII");
        for (int i = 1250; i <= 1258; i++) {
            java("cp" + i, "windows-" + i);
        }
        for (String cp : new String[] {"437", "775", "850", "852", "855", "857", "860", "861", "862", "863", "864",
            "865", "866", "869"}) {
            java("cp" + cp, "IBM" + cp);
        }
        java("cp737", "x-IBM737");
        java("cp874", "x-windows-874");
        java("cp932", "windows-31j");
        java("cp936", "GBK");
        java("cp949", "x-windows-949");
        java("cp950", "x-windows-950");
        java("big5", "Big5");
        java("dingbats", "x-MacDingbat");
        java("ebcdic", "IBM037");
        java("euc-cn", "GB2312");
        java("gb2312", "GB2312");
        java("euc-jp", "EUC-JP");
        java("euc-kr", "EUC-KR");
        java("shiftjis", "Shift_JIS");
        java("iso2022-jp", "ISO-2022-JP");
        java("iso2022-kr", "ISO-2022-KR");
        for (int i = 2; i <= 16; i++) {
            if (i != 10 && i != 12 && i != 14) {
                java("iso8859-" + i, i == 11 ? "x-iso-8859-11" : "ISO-8859-" + i);
            }
        }
        java("iso8859-10", "ISO-8859-1");
        java("iso8859-14", "ISO-8859-1");
        java("gb1988", "US-ASCII");
        java("jis0201", "JIS_X0201");
        java("jis0208", "x-JIS0208");
        java("jis0212", "JIS_X0212-1990");
        java("koi8-r", "KOI8-R");
        java("koi8-u", "KOI8-U");
        java("macCentEuro", "x-MacCentralEurope");
        java("macCroatian", "x-MacCroatian");
        java("macCyrillic", "x-MacCyrillic");
        java("macDingbats", "x-MacDingbat");
        java("macGreek", "x-MacGreek");
        java("macIceland", "x-MacIceland");
        java("macRoman", "x-MacRoman");
        java("macRomania", "x-MacRomania");
        java("macThai", "x-MacThai");
        java("macTurkish", "x-MacTurkish");
        java("macUkraine", "x-MacUkraine");
        java("symbol", "x-MacSymbol");
        java("tis-620", "TIS-620");
        RAW_DOUBLE_BYTE.put("gb2312-raw", "GB2312");
        RAW_DOUBLE_BYTE.put("ksc5601", "EUC-KR");

        OVERRIDES.put("ebcdic", "04:85 08:87 14:8f 17:97 1a:9c 1b:9d 25:92 4a:60 5f:9f 6a:5e 79:a8 a1:af b0:a2 ba:ac"
                + " bb:5b bc:5c bd:5d c0:f9 d0:a6 dd:db e0:d9 fb:7b fd:7d ff:7e");
        StringBuilder asciiHigh = new StringBuilder("7f:-");
        for (int b = 0x80; b <= 0xff; b++) {
            asciiHigh.append(' ').append(Integer.toHexString(b)).append(":-");
        }
        OVERRIDES.put("ascii", asciiHigh.toString());
        OVERRIDES.put("tis-620", "7f:- a0:-");
        OVERRIDES.put("jis0201", "7e:203e");
        OVERRIDES.put("koi8-u", "b4:403");
        OVERRIDES.put("macCroatian", "bd:3a9 db:20ac");
        OVERRIDES.put("macIceland", "bd:3a9 db:20ac");
        OVERRIDES.put("macTurkish", "bd:3a9 f5:f8a0");
        OVERRIDES.put("macCyrillic", "a2:490 b6:491 ff:20ac");
        OVERRIDES.put("macGreek", "af:b7 ff:f8a0");
        OVERRIDES.put("macThai", "90:fffd 9f:fffd fc:fffd fd:fffd fe:fffd ff:fffd");
        StringBuilder dingbats = new StringBuilder();
        for (int b = 0x80; b <= 0x8d; b++) {
            dingbats.append(Integer.toHexString(b)).append(':').append(Integer.toHexString(0xf8d7 + b - 0x80)).append(' ');
        }
        OVERRIDES.put("macDingbats", dingbats.toString().trim());
        OVERRIDES.put("symbol", "a0:- e1:2329 f1:232a e2:f8e8 e3:f8e9 e4:f8ea e6:f8eb e7:f8ec e8:f8ed e9:f8ee"
                + " ea:f8ef eb:f8f0 ec:f8f1 ed:f8f2 ee:f8f3 f4:f8f5 f6:f8f6 f7:f8f7 f8:f8f8 f9:f8f9 fa:f8fa fb:f8fb"
                + " fc:f8fc fd:f8fd fe:f8fe");
        StringBuilder gb1988 = new StringBuilder("24:a5 7e:203e");
        for (int b = 0xa1; b <= 0xdf; b++) {
            gb1988.append(' ').append(Integer.toHexString(b)).append(':').append(Integer.toHexString(0xff61 + b - 0xa1));
        }
        OVERRIDES.put("gb1988", gb1988.toString());
        // ISO 8859-10 (Nordic) and 8859-14 (Celtic) are not in the JDK: their upper halves
        // differ from Latin-1 at these positions.
        OVERRIDES.put("iso8859-10", "a1:104 a2:112 a3:122 a4:12a a5:128 a6:136 a8:13b a9:110 aa:160 ab:166 ac:17d"
                + " ae:16a af:14a b1:105 b2:113 b3:123 b4:12b b5:129 b6:137 b8:13c b9:111 ba:161 bb:167 bc:17e"
                + " bd:2015 be:16b bf:14b c0:100 c7:12e c8:10c ca:118 cc:116 d1:145 d2:14c d7:168 d9:172 e0:101"
                + " e7:12f e8:10d ea:119 ec:117 f1:146 f2:14d f7:169 f9:173 ff:138");
        OVERRIDES.put("iso8859-14", "a1:1e02 a2:1e03 a4:10a a5:10b a6:1e0a a8:1e80 aa:1e82 ab:1e0b ac:1ef2 af:178"
                + " b0:1e1e b1:1e1f b2:120 b3:121 b4:1e40 b5:1e41 b7:1e56 b8:1e81 b9:1e57 ba:1e83 bb:1e60 bc:1ef3"
                + " bd:1e84 be:1e85 bf:1e61 d0:174 d7:1e6a de:176 f0:175 f7:1e6b fe:177");

    }

    /** The names {@code encoding names} lists (computed on first use: asking the JDK is slow). */
    public static List<String> names() {
        return Names.ALL;
    }

    private static final class Names {
        static final List<String> ALL;

        static {
            List<String> names = new ArrayList<>(JAVA_NAMES.keySet());
            names.addAll(RAW_DOUBLE_BYTE.keySet());
            names.add("identity");
            names.add("iso8859-1");
            names.add("unicode");
            names.add("utf-8");
            names.removeIf(n -> JAVA_NAMES.containsKey(n) && !Charset.isSupported(JAVA_NAMES.get(n)));
            Collections.sort(names);
            ALL = Collections.unmodifiableList(names);
        }
    }

    /** The encoding with this Tcl name, or null. */
    public static Encoding lookup(String name) {
        Encoding e = CACHE.get(name);
        if (e != null) {
            return e;
        }
        e = create(name);
        if (e != null) {
            CACHE.put(name, e);
        }
        return e;
    }

    /** Like {@link #lookup} but with tclsh's {@code unknown encoding "x"} error. */
    public static Encoding get(String name) throws TclException {
        Encoding e = lookup(name);
        if (e == null) {
            throw new TclException("unknown encoding \"" + name + "\"", "TCL LOOKUP ENCODING " + TclList.format(
                    List.of(name)));
        }
        return e;
    }

    /** For channels' {@code -encoding}: also accepts {@code binary} (bytes as they are). */
    public static Encoding forChannel(String name) throws TclException {
        return name.equals("binary") ? lookup("iso8859-1") : get(name);
    }

    private static Encoding create(String name) {
        switch (name) {
            case "utf-8":
                return new Utf8("utf-8", false);
            case "identity":
                return new Utf8("identity", true);
            case "iso8859-1":
                return new Latin1();
            case "unicode":
                return new Ucs2();
            default:
                break;
        }
        if (name.equals("euc-jp") && Charset.isSupported("EUC-JP")) {
            return new EucJp(Charset.forName("EUC-JP"));
        }
        String raw = RAW_DOUBLE_BYTE.get(name);
        if (raw != null) {
            return new JavaCharset(name, Charset.forName(raw), true);
        }
        String j = JAVA_NAMES.get(name);
        if (j == null || !Charset.isSupported(j)) {
            return null;
        }
        Charset cs = Charset.forName(j);
        if (cs.newEncoder().maxBytesPerChar() <= 1.0f && !name.startsWith("iso2022")) {
            return new SingleByte(name, cs, OVERRIDES.get(name), C1_IDENTITY.contains(name), SYMBOL_TYPE.contains(name));
        }
        return new JavaCharset(name, cs, false);
    }

    // ------------------------------------------------------- system encoding

    private static volatile String systemName;

    /**
     * The system encoding, as tclsh derives it from the locale environment
     * ({@code LC_ALL}, {@code LC_CTYPE}, {@code LANG}): utf-8 for UTF-8
     * locales, iso8859-1 for the C locale or none.
     */
    public static String systemEncoding() {
        String s = systemName;
        if (s == null) {
            s = fromLocale(System.getenv());
            systemName = s;
        }
        return s;
    }

    /** Changes the system encoding (for {@code encoding system name}). */
    public static void setSystemEncoding(String name) {
        systemName = name;
    }

    /** The encoding tclsh derives from these locale variables (see {@link #systemEncoding}). */
    public static String fromLocale(Map<String, String> env) {
        String locale = null;
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        if (locale == null) {
            return "iso8859-1";
        }
        int at = locale.indexOf('@');
        if (at >= 0) {
            locale = locale.substring(0, at);
        }
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return "iso8859-1";
        }
        String cs = locale.substring(dot + 1).toLowerCase(Locale.ROOT).replace("_", "-");
        Map<String, String> known = new TreeMap<>();
        known.put("utf-8", "utf-8");
        known.put("utf8", "utf-8");
        known.put("eucjp", "euc-jp");
        known.put("euc-jp", "euc-jp");
        known.put("euckr", "euc-kr");
        known.put("euc-kr", "euc-kr");
        known.put("euccn", "euc-cn");
        known.put("euc-cn", "euc-cn");
        known.put("gb2312", "euc-cn");
        known.put("big5", "big5");
        known.put("sjis", "shiftjis");
        known.put("shift-jis", "shiftjis");
        known.put("koi8r", "koi8-r");
        known.put("koi8-r", "koi8-r");
        known.put("koi8u", "koi8-u");
        known.put("koi8-u", "koi8-u");
        known.put("tis620", "tis-620");
        known.put("tis-620", "tis-620");
        known.put("ansi-x3.4-1968", "iso8859-1");
        String mapped = known.get(cs);
        if (mapped != null) {
            return mapped;
        }
        // iso-8859-15, iso8859-15, iso885915 ...
        if (cs.startsWith("iso")) {
            String digits = cs.replaceAll("[^0-9]", "");
            if (digits.startsWith("8859") && digits.length() > 4) {
                String n = "iso8859-" + digits.substring(4);
                if (lookup(n) != null) {
                    return n;
                }
            }
        }
        if (cs.startsWith("cp") || cs.startsWith("windows-")) {
            String n = "cp" + cs.replaceAll("[^0-9]", "");
            if (lookup(n) != null) {
                return n;
            }
        }
        return lookup(cs) != null ? cs : "iso8859-1";
    }

    // -------------------------------------------------------------- kinds

    /** utf-8 with Tcl's leniency; "identity" is the same with NUL as C0 80 (Tcl's internal form). */
    static final class Utf8 extends Encoding {
        private final boolean modifiedNul;

        Utf8(String name, boolean modifiedNul) {
            super(name);
            this.modifiedNul = modifiedNul;
        }

        @Override
        public String decode(CharSequence in) {
            int n = in.length();
            StringBuilder sb = new StringBuilder(n);
            int i = 0;
            while (i < n) {
                int b0 = in.charAt(i) & 0xFF;
                if (b0 < 0x80) {
                    sb.append((char) b0);
                    i++;
                    continue;
                }
                int need;
                int cp;
                int min;
                if (b0 >= 0xC0 && b0 < 0xE0) {
                    need = 1;
                    cp = b0 & 0x1F;
                    min = 0x80;
                } else if (b0 >= 0xE0 && b0 < 0xF0) {
                    need = 2;
                    cp = b0 & 0x0F;
                    min = 0x800;
                } else if (b0 >= 0xF0 && b0 < 0xF5) {
                    need = 3;
                    cp = b0 & 0x07;
                    min = 0x10000;
                } else {
                    sb.append((char) b0);
                    i++;
                    continue;
                }
                boolean ok = i + need < n;
                for (int k = 1; ok && k <= need; k++) {
                    int b = in.charAt(i + k) & 0xFF;
                    if ((b & 0xC0) != 0x80) {
                        ok = false;
                    } else {
                        cp = (cp << 6) | (b & 0x3F);
                    }
                }
                // C0 80 is Tcl's NUL; other overlong forms and values past U+10FFFF are not characters
                boolean nul = ok && need == 1 && cp == 0;
                if (ok && (cp >= min || nul) && cp <= 0x10FFFF) {
                    sb.appendCodePoint(cp);
                    i += need + 1;
                } else {
                    sb.append((char) b0);
                    i++;
                }
            }
            return sb.toString();
        }

        @Override
        public String encode(CharSequence in) {
            int n = in.length();
            StringBuilder sb = new StringBuilder(n + 8);
            for (int i = 0; i < n; i++) {
                char c = in.charAt(i);
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, in.charAt(++i));
                }
                if (cp == 0 && modifiedNul) {
                    sb.append((char) 0xC0).append((char) 0x80);
                } else if (cp < 0x80) {
                    sb.append((char) cp);
                } else if (cp < 0x800) {
                    sb.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
                } else if (cp < 0x10000) {
                    sb.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F))
                            .append((char) (0x80 | cp & 0x3F));
                } else {
                    sb.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
                            .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
                }
            }
            return sb.toString();
        }
    }

    /** iso8859-1: bytes are characters. */
    static final class Latin1 extends Encoding {
        Latin1() {
            super("iso8859-1");
        }

        @Override
        public String decode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length());
            for (int i = 0; i < in.length(); i++) {
                sb.append((char) (in.charAt(i) & 0xFF));
            }
            return sb.toString();
        }

        @Override
        public String encode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length());
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                sb.append(c < 256 ? c : '?');
            }
            return sb.toString();
        }
    }

    /** "unicode": UTF-16 in the machine's byte order (little-endian here); an odd last byte is dropped. */
    static final class Ucs2 extends Encoding {
        Ucs2() {
            super("unicode");
        }

        @Override
        public String decode(CharSequence in) {
            int n = in.length() / 2;
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append((char) ((in.charAt(2 * i) & 0xFF) | (in.charAt(2 * i + 1) & 0xFF) << 8));
            }
            return sb.toString();
        }

        @Override
        public String encode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length() * 2);
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                sb.append((char) (c & 0xFF)).append((char) (c >> 8));
            }
            return sb.toString();
        }
    }

    /** A one-byte-per-character table built from a JDK charset plus Tcl's differences. */
    static final class SingleByte extends Encoding {
        private final char[] toChar = new char[256];
        private final Map<Character, Character> toByte = new HashMap<>();
        /** What a character without a byte becomes: the table's own question mark. */
        private final char fallback;

        SingleByte(String name, Charset cs, String overrides, boolean c1Identity, boolean symbolType) {
            super(name);
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            boolean[] mapped = new boolean[256];
            for (int b = 0; b < 256; b++) {
                char c = (char) b;
                try {
                    CharBuffer cb = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                    if (cb.length() == 1) {
                        c = cb.charAt(0);
                        mapped[b] = true;
                    }
                } catch (CharacterCodingException e) {
                    // unmapped: decoding gives the byte's own value, encoding never produces it
                }
                toChar[b] = c;
                if (!mapped[b] && c1Identity && b >= 0x80 && b <= 0x9f) {
                    mapped[b] = true;
                }
            }
            if (overrides != null) {
                for (String pair : overrides.split(" ")) {
                    int colon = pair.indexOf(':');
                    int b = Integer.parseInt(pair.substring(0, colon), 16);
                    String to = pair.substring(colon + 1);
                    mapped[b] = !to.equals("-");
                    toChar[b] = mapped[b] ? (char) Integer.parseInt(to, 16) : (char) b;
                }
            }
            // when two bytes give the same character, the higher byte encodes it
            for (int b = 0; b < 256; b++) {
                if (mapped[b]) {
                    toByte.put(toChar[b], (char) b);
                }
            }
            if (symbolType) {
                for (int b = 0; b < 256; b++) {
                    if (mapped[b]) {
                        toByte.put((char) b, (char) b);
                    }
                }
            }
            Character q = toByte.get('?');
            fallback = q == null ? '?' : q;
        }

        @Override
        public String decode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length());
            for (int i = 0; i < in.length(); i++) {
                sb.append(toChar[in.charAt(i) & 0xFF]);
            }
            return sb.toString();
        }

        @Override
        public String encode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length());
            for (int i = 0; i < in.length(); i++) {
                Character b = toByte.get(in.charAt(i));
                sb.append(b == null ? fallback : b);
            }
            return sb.toString();
        }
    }

    /**
     * A multi-byte encoding through a JDK charset. With {@code raw}, the
     * bytes are the charset's with the high bit cleared (the 94x94 code
     * tables without the EUC wrapping: gb2312-raw, ksc5601).
     */
    static final class JavaCharset extends Encoding {
        private final Charset cs;
        private final boolean raw;
        /** A 94x94 table alone, without ASCII: jis0208, jis0212, gb2312-raw, ksc5601. */
        private final boolean noAscii;

        /**
         * Where Tcl's tables differ from the JDK's: characters the JDK
         * decodes that Tcl decodes as another (pairwise), and characters
         * Tcl also encodes, as the code of another ("from" and "as" pairwise).
         */
        private final String decodedJdk;
        private final String decodedTcl;
        private final String aliasFrom;
        private final String aliasAs;

        JavaCharset(String name, Charset cs, boolean raw) {
            super(name);
            this.cs = cs;
            this.raw = raw;
            this.noAscii = raw || name.equals("jis0208") || name.equals("jis0212");
            if (name.equals("shiftjis") || name.equals("euc-jp") || name.equals("jis0208")) {
                // JIS's horizontal bar where the JDK has an em dash; the Microsoft forms encode too
                decodedJdk = "\u2014";
                decodedTcl = "\u2015";
                aliasFrom = "\u2015\u2225\uFF0D\uFF5E\uFFE0\uFFE1\uFFE2";
                aliasAs = "\u2014\u2016\u2212\u301C\u00A2\u00A3\u00AC";
            } else if (name.equals("gb2312") || name.equals("euc-cn")) {
                // Tcl decodes A1AC (the JDK's U+2016) as U+2225, which it encodes as A1CE
                decodedJdk = "\u2016";
                decodedTcl = "\u2225";
                aliasFrom = "";
                aliasAs = "";
            } else if (name.equals("cp932")) {
                decodedJdk = "";
                decodedTcl = "";
                aliasFrom = "\u2016\u2212\u301C\u00A2\u00A3\u00AC";
                aliasAs = "\u2225\uFF0D\uFF5E\uFFE0\uFFE1\uFFE2";
            } else {
                decodedJdk = "";
                decodedTcl = "";
                aliasFrom = "";
                aliasAs = "";
            }
        }

        @Override
        public String decode(CharSequence in) {
            int n = in.length();
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                int b = in.charAt(i) & 0xFF;
                bytes[i] = (byte) (raw && b >= 0x21 && b < 0x7F ? b | 0x80 : b);
            }
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer src = ByteBuffer.wrap(bytes);
            CharBuffer dst = CharBuffer.allocate(n * 2 + 4);
            while (true) {
                CoderResult r = d.decode(src, dst, false);
                if (r.isUnderflow()) {
                    // what is left may be a sequence cut short at the end (Tcl drops it),
                    // or a byte that starts no sequence at all (Tcl keeps it as a character)
                    if (!src.hasRemaining() || startsSequence(bytes, src.position())) {
                        break;
                    }
                    if (!dst.hasRemaining()) {
                        dst = grow(dst);
                    }
                    dst.put((char) (in.charAt(src.position()) & 0xFF));
                    src.position(src.position() + 1);
                    continue;
                }
                if (r.isOverflow()) {
                    dst = grow(dst);
                    continue;
                }
                for (int k = 0; k < r.length(); k++) {
                    if (!dst.hasRemaining()) {
                        dst = grow(dst);
                    }
                    dst.put((char) (in.charAt(src.position()) & 0xFF));
                    src.position(src.position() + 1);
                }
            }
            dst.flip();
            String out = dst.toString();
            for (int k = 0; k < decodedJdk.length(); k++) {
                out = out.replace(decodedJdk.charAt(k), decodedTcl.charAt(k));
            }
            return out;
        }

        /** Can the bytes from {@code pos} to the end be completed by one more byte into a character? */
        private boolean startsSequence(byte[] bytes, int pos) {
            int len = bytes.length - pos;
            byte[] probe = new byte[len + 1];
            System.arraycopy(bytes, pos, probe, 0, len);
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int b = 0x21; b <= 0xFE; b++) {
                probe[len] = (byte) b;
                try {
                    if (d.reset().decode(ByteBuffer.wrap(probe)).length() > 0) {
                        return true;
                    }
                } catch (CharacterCodingException e) {
                    // not with this byte
                }
            }
            return false;
        }

        private static CharBuffer grow(CharBuffer b) {
            CharBuffer bigger = CharBuffer.allocate(b.capacity() * 2 + 16);
            b.flip();
            bigger.put(b);
            return bigger;
        }

        /** Per character: its bytes, or "" when it has none (filled as characters are met). */
        private final Map<Character, String> byChar = new ConcurrentHashMap<>();
        private volatile String fallback;

        @Override
        public String encode(CharSequence in) {
            if (stateful()) {
                return encodeWhole(in);
            }
            StringBuilder sb = new StringBuilder(in.length() * 2);
            CharsetEncoder e = null;
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c < 0x80) {
                    if (!noAscii) {
                        sb.append(c);
                        continue;
                    }
                    if (c == 0) {
                        sb.append("\0\0");
                        continue;
                    }
                }
                String b = byChar.get(c);
                if (b == null) {
                    if (e == null) {
                        e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT);
                    }
                    b = bytesOf(e, c);
                    byChar.put(c, b);
                }
                sb.append(b.isEmpty() ? fallback() : b);
            }
            return sb.toString();
        }

        /** ISO-2022 encoders switch character sets with escapes: they must see the whole text. */
        private boolean stateful() {
            return getClass() == JavaCharset.class && name().startsWith("iso2022");
        }

        /**
         * The bytes of one character as Tcl's tables have them: the JDK's
         * mapping when it decodes back to the same character (Tcl's tables
         * have no one-way "best fit" mappings and nothing for the private
         * use area); an unused single byte 0x80..0x9F stands for itself.
         */
        private String bytesOf(CharsetEncoder e, char c) {
            if (c >= 0xE000 && c <= 0xF8FF) {
                return "";
            }
            if (decodedJdk.indexOf(c) >= 0) {
                return ""; // Tcl's table has another character at that code
            }
            int alias = aliasFrom.indexOf(c);
            char jdkChar = alias >= 0 ? aliasAs.charAt(alias) : c;
            String b = "";
            try {
                ByteBuffer bb = e.reset().encode(CharBuffer.wrap(new char[] {jdkChar}));
                StringBuilder sb = new StringBuilder();
                while (bb.hasRemaining()) {
                    int x = bb.get() & 0xFF;
                    sb.append((char) (raw ? x & 0x7F : x));
                }
                String back = decode(sb);
                boolean roundTrip = back.length() == 1 && (back.charAt(0) == c || back.charAt(0) == jdkChar);
                b = roundTrip ? sb.toString() : "";
            } catch (CharacterCodingException ex) {
                // not in the table
            }
            if (b.isEmpty() && c >= 0x80 && c <= 0x9F && !noAscii && !startsSequence(new byte[] {(byte) c}, 0)) {
                String back = decode(String.valueOf(c));
                if (back.length() == 1 && back.charAt(0) == c) {
                    b = String.valueOf(c);
                }
            }
            return b;
        }

        /** The table's question mark (a full-width one in the 94x94 tables without ASCII). */
        private String fallback() {
            String f = fallback;
            if (f == null) {
                CharsetEncoder e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                f = "?";
                if (noAscii) {
                    // a full-width question mark, or (JIS X 0212 has none) an inverted one
                    f = bytesOf(e, '\uFF1F');
                    if (f.isEmpty()) {
                        f = bytesOf(e, '\u00BF');
                    }
                    if (f.isEmpty()) {
                        f = "?";
                    }
                }
                fallback = f;
            }
            return f;
        }

        private String encodeWhole(CharSequence in) {
            CharsetEncoder e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            if (e.isLegalReplacement(new byte[] {'?'})) {
                e.replaceWith(new byte[] {'?'});
            }
            ByteBuffer bb;
            try {
                bb = e.encode(CharBuffer.wrap(in));
            } catch (CharacterCodingException ex) {
                return "?".repeat(in.length());
            }
            StringBuilder sb = new StringBuilder(bb.remaining());
            while (bb.hasRemaining()) {
                sb.append((char) (bb.get() & 0xFF));
            }
            return sb.toString();
        }
    }

    /**
     * euc-jp as Tcl has it: JIS X 0208 and half-width kana, but no JIS X
     * 0212 (the JDK's EUC-JP has it behind the 0x8F prefix): such
     * characters encode as {@code ?}, and 0x8F decodes as itself.
     */
    static final class EucJp extends Encoding {
        private final JavaCharset jdk;

        EucJp(Charset cs) {
            super("euc-jp");
            jdk = new JavaCharset("euc-jp", cs, false);
        }

        @Override
        public String decode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length());
            int start = 0;
            for (int i = 0; i <= in.length(); i++) {
                if (i == in.length() || (in.charAt(i) & 0xFF) == 0x8F) {
                    sb.append(jdk.decode(in.subSequence(start, i)));
                    if (i < in.length()) {
                        sb.append((char) 0x8F);
                    }
                    start = i + 1;
                }
            }
            return sb.toString();
        }

        @Override
        public String encode(CharSequence in) {
            StringBuilder sb = new StringBuilder(in.length() * 2);
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c < 0x80) {
                    sb.append(c);
                } else if (c == 0x8F) {
                    sb.append(c); // the unused byte 0x8F stands for itself
                } else {
                    String b = jdk.encode(String.valueOf(c));
                    sb.append(b.charAt(0) == 0x8F ? "?" : b);
                }
            }
            return sb.toString();
        }
    }
}
