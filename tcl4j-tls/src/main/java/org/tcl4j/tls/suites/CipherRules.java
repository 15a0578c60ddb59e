package org.tcl4j.tls.suites;

import static org.tcl4j.tls.suites.Algorithms.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenSSL's cipher-list language (man openssl-ciphers) run over our suites.
 *
 * <p>The suites sit in one ordered list, each either active (selected) or
 * not. Every word of a cipher string is a rule that walks the list and, for
 * each suite it matches, adds it at the end ({@code WORD}), moves it to the
 * end ({@code +WORD}), removes it but lets a later word add it back at the
 * front ({@code -WORD}), or removes it for good ({@code !WORD}). A word is a
 * suite name or an alias (a set of key exchanges, authentications, ciphers,
 * MACs, a protocol version or a strength class), several joined with
 * {@code +} match suites that fit all of them. {@code @STRENGTH} sorts the
 * selection by key length, {@code @SECLEVEL=n} sets the security level.
 * Because every rule moves suites one by one according to properties of the
 * suite alone, the relative order of our subset is the same as in OpenSSL's
 * full list.
 */
final class CipherRules {
    /** A suite with OpenSSL's classification bits. */
    record Suite(CipherSuiteInfo info, Algorithms.Bits bits) {
    }

    private static final int ADD = 1;
    private static final int KILL = 2;
    private static final int DEL = 3;
    private static final int ORD = 4;
    private static final int SPECIAL = 5;
    private static final int BUMP = 6;

    /** OpenSSL 3.0's default cipher list, which {@code DEFAULT} stands for. */
    static final String DEFAULT_LIST = "ALL:!COMPLEMENTOFDEFAULT:!eNULL";

    /** A word of the language: a named set of algorithms, or one suite. */
    private record Alias(int code, int mkey, int auth, int enc, int mac, int minTls, int strength) {
    }

    private static final Map<String, Alias> ALIASES = new HashMap<>();

    private static void alias(String name, int mkey, int auth, int enc, int mac, int minTls, int strength) {
        ALIASES.put(name, new Alias(0, mkey, auth, enc, mac, minTls, strength));
    }

    static {
        alias("ALL", 0, 0, ~E_NULL, 0, 0, 0);
        alias("COMPLEMENTOFALL", 0, 0, E_NULL, 0, 0, 0);
        alias("COMPLEMENTOFDEFAULT", 0, 0, 0, 0, 0, NOT_DEFAULT);
        // Key exchange.
        alias("kRSA", K_RSA, 0, 0, 0, 0, 0);
        alias("kEDH", K_DHE, 0, 0, 0, 0, 0);
        alias("kDHE", K_DHE, 0, 0, 0, 0, 0);
        alias("DH", K_DHE, 0, 0, 0, 0, 0);
        alias("kEECDH", K_ECDHE, 0, 0, 0, 0, 0);
        alias("kECDHE", K_ECDHE, 0, 0, 0, 0, 0);
        alias("ECDH", K_ECDHE, 0, 0, 0, 0, 0);
        alias("kPSK", K_PSK, 0, 0, 0, 0, 0);
        alias("kRSAPSK", K_RSAPSK, 0, 0, 0, 0, 0);
        alias("kECDHEPSK", K_ECDHEPSK, 0, 0, 0, 0, 0);
        alias("kDHEPSK", K_DHEPSK, 0, 0, 0, 0, 0);
        alias("kSRP", K_SRP, 0, 0, 0, 0, 0);
        // Authentication.
        alias("aRSA", 0, A_RSA, 0, 0, 0, 0);
        alias("aDSS", 0, A_DSS, 0, 0, 0, 0);
        alias("DSS", 0, A_DSS, 0, 0, 0, 0);
        alias("aNULL", 0, A_NULL, 0, 0, 0, 0);
        alias("aECDSA", 0, A_ECDSA, 0, 0, 0, 0);
        alias("ECDSA", 0, A_ECDSA, 0, 0, 0, 0);
        alias("aPSK", 0, A_PSK, 0, 0, 0, 0);
        alias("aSRP", 0, A_SRP, 0, 0, 0, 0);
        // Key exchange and authentication together.
        alias("EDH", K_DHE, ~A_NULL, 0, 0, 0, 0);
        alias("DHE", K_DHE, ~A_NULL, 0, 0, 0, 0);
        alias("EECDH", K_ECDHE, ~A_NULL, 0, 0, 0, 0);
        alias("ECDHE", K_ECDHE, ~A_NULL, 0, 0, 0, 0);
        alias("NULL", 0, 0, E_NULL, 0, 0, 0);
        alias("RSA", K_RSA, A_RSA, 0, 0, 0, 0);
        alias("ADH", K_DHE, A_NULL, 0, 0, 0, 0);
        alias("AECDH", K_ECDHE, A_NULL, 0, 0, 0, 0);
        alias("PSK", K_ALL_PSK, 0, 0, 0, 0, 0);
        alias("SRP", K_SRP, 0, 0, 0, 0, 0);
        // Ciphers.
        alias("3DES", 0, 0, E_3DES, 0, 0, 0);
        alias("RC4", 0, 0, E_RC4, 0, 0, 0);
        alias("RC2", 0, 0, E_RC2, 0, 0, 0);
        alias("IDEA", 0, 0, E_IDEA, 0, 0, 0);
        alias("SEED", 0, 0, E_SEED, 0, 0, 0);
        alias("eNULL", 0, 0, E_NULL, 0, 0, 0);
        alias("AES128", 0, 0, E_AES128 | E_AES128GCM | E_AES128CCM | E_AES128CCM8, 0, 0, 0);
        alias("AES256", 0, 0, E_AES256 | E_AES256GCM | E_AES256CCM | E_AES256CCM8, 0, 0, 0);
        alias("AES", 0, 0, E_AES, 0, 0, 0);
        alias("AESGCM", 0, 0, E_AESGCM, 0, 0, 0);
        alias("AESCCM", 0, 0, E_AESCCM, 0, 0, 0);
        alias("AESCCM8", 0, 0, E_AES128CCM8 | E_AES256CCM8, 0, 0, 0);
        alias("CAMELLIA128", 0, 0, E_CAMELLIA128, 0, 0, 0);
        alias("CAMELLIA256", 0, 0, E_CAMELLIA256, 0, 0, 0);
        alias("CAMELLIA", 0, 0, E_CAMELLIA, 0, 0, 0);
        alias("CHACHA20", 0, 0, E_CHACHA20POLY1305, 0, 0, 0);
        alias("ARIA", 0, 0, E_ARIA, 0, 0, 0);
        alias("ARIAGCM", 0, 0, E_ARIA, 0, 0, 0);
        alias("ARIA128", 0, 0, E_ARIA128GCM, 0, 0, 0);
        alias("ARIA256", 0, 0, E_ARIA256GCM, 0, 0, 0);
        alias("CBC", 0, 0, E_CBC, 0, 0, 0);
        // MACs.
        alias("MD5", 0, 0, 0, M_MD5, 0, 0);
        alias("SHA1", 0, 0, 0, M_SHA1, 0, 0);
        alias("SHA", 0, 0, 0, M_SHA1, 0, 0);
        alias("SHA256", 0, 0, 0, M_SHA256, 0, 0);
        alias("SHA384", 0, 0, 0, M_SHA384, 0, 0);
        // The version that introduced a suite (not the versions it works with).
        alias("SSLv3", 0, 0, 0, 0, SSL3, 0);
        alias("TLSv1", 0, 0, 0, 0, TLS1, 0);
        alias("TLSv1.0", 0, 0, 0, 0, TLS1, 0);
        alias("TLSv1.2", 0, 0, 0, 0, TLS1_2, 0);
        // Strength classes.
        alias("LOW", 0, 0, 0, 0, 0, LOW);
        alias("MEDIUM", 0, 0, 0, 0, 0, MEDIUM);
        alias("HIGH", 0, 0, 0, 0, 0, HIGH);
        alias("FIPS", 0, 0, ~E_NULL, 0, 0, FIPS);
        // Old "EDH-" names of the 3DES suites.
        alias("EDH-DSS-DES-CBC3-SHA", K_DHE, A_DSS, E_3DES, M_SHA1, 0, HIGH | FIPS);
        alias("EDH-RSA-DES-CBC3-SHA", K_DHE, A_RSA, E_3DES, M_SHA1, 0, HIGH | FIPS);
    }

    /** A place in the list. */
    private static final class Node {
        final Suite suite;
        boolean active;
        Node prev;
        Node next;

        Node(Suite suite) {
            this.suite = suite;
        }
    }

    private Node head;
    private Node tail;
    private final Map<String, Suite> byName = new HashMap<>();
    /** Set by {@code @SECLEVEL=n}, else null. */
    Integer securityLevel;

    /** A list of these suites in this order, none selected yet. */
    CipherRules(List<Suite> order) {
        Node prev = null;
        for (Suite s : order) {
            Node n = new Node(s);
            n.prev = prev;
            if (prev == null) {
                head = n;
            } else {
                prev.next = n;
            }
            prev = n;
            // OpenSSL 3.0 knows suites only by its own names in cipher strings, not by IANA names.
            byName.put(s.info().name(), s);
        }
        tail = prev;
    }

    /** The selected suites, in order. */
    List<CipherSuiteInfo> selected() {
        List<CipherSuiteInfo> out = new ArrayList<>();
        for (Node n = head; n != null; n = n.next) {
            if (n.active) {
                out.add(n.suite.info());
            }
        }
        return out;
    }

    /**
     * OpenSSL's preference order, which every cipher string starts from:
     * (EC)DHE with AEAD, then (EC)DHE, then other AEAD, then the rest; within
     * each, TLS 1.2 suites first, then by key length, ECDHE before DHE,
     * ECDSA before RSA, AES-GCM before ChaCha20 before other AES before the
     * rest, with anonymous, RSA key exchange and PSK suites last.
     */
    static List<Suite> preferenceOrder(List<Suite> base) {
        CipherRules r = new CipherRules(base);
        r.apply(0, K_ECDHE, A_ECDSA, 0, 0, 0, 0, ADD, -1);
        r.apply(0, K_ECDHE, 0, 0, 0, 0, 0, ADD, -1);
        r.apply(0, K_ECDHE, 0, 0, 0, 0, 0, DEL, -1);
        r.apply(0, 0, 0, E_AESGCM, 0, 0, 0, ADD, -1);
        r.apply(0, 0, 0, E_CHACHA20POLY1305, 0, 0, 0, ADD, -1);
        r.apply(0, 0, 0, E_AES ^ E_AESGCM, 0, 0, 0, ADD, -1);
        r.apply(0, 0, 0, 0, 0, 0, 0, ADD, -1);
        r.apply(0, 0, 0, 0, M_MD5, 0, 0, ORD, -1);
        r.apply(0, 0, A_NULL, 0, 0, 0, 0, ORD, -1);
        r.apply(0, K_RSA, 0, 0, 0, 0, 0, ORD, -1);
        r.apply(0, K_PSK, 0, 0, 0, 0, 0, ORD, -1);
        r.apply(0, 0, 0, E_RC4, 0, 0, 0, ORD, -1);
        r.strengthSort();
        r.apply(0, 0, 0, 0, 0, TLS1_2, 0, BUMP, -1);
        r.apply(0, 0, 0, 0, M_AEAD, 0, 0, BUMP, -1);
        r.apply(0, K_DHE | K_ECDHE, 0, 0, 0, 0, 0, BUMP, -1);
        r.apply(0, K_DHE | K_ECDHE, 0, 0, M_AEAD, 0, 0, BUMP, -1);
        List<Suite> out = new ArrayList<>();
        for (Node n = r.head; n != null; n = n.next) {
            out.add(n.suite);
        }
        return out;
    }

    /**
     * Applies one rule to every suite it matches: those of {@code strengthBits}
     * if that is not negative, else those fitting all the non-zero criteria.
     * Deleting and bumping walk backwards so that the suites keep their order
     * when they land at the front.
     */
    private void apply(int code, int mkey, int auth, int enc, int mac, int minTls, int strength,
            int rule, int strengthBits) {
        boolean reverse = rule == DEL || rule == BUMP;
        Node next = reverse ? tail : head;
        Node last = reverse ? head : tail;
        Node curr = null;
        while (curr != last) {
            curr = next;
            if (curr == null) {
                break;
            }
            next = reverse ? curr.prev : curr.next;
            if (!matches(curr.suite, code, mkey, auth, enc, mac, minTls, strength, strengthBits)) {
                continue;
            }
            switch (rule) {
                case ADD -> {
                    if (!curr.active) {
                        moveToTail(curr);
                        curr.active = true;
                    }
                }
                case ORD -> {
                    if (curr.active) {
                        moveToTail(curr);
                    }
                }
                case DEL -> {
                    if (curr.active) {
                        moveToHead(curr);
                        curr.active = false;
                    }
                }
                case BUMP -> {
                    if (curr.active) {
                        moveToHead(curr);
                    }
                }
                case KILL -> {
                    unlink(curr);
                    curr.active = false;
                }
                default -> throw new IllegalStateException("rule " + rule);
            }
        }
    }

    private static boolean matches(Suite s, int code, int mkey, int auth, int enc, int mac, int minTls,
            int strength, int strengthBits) {
        if (strengthBits >= 0) {
            return s.info().secretBits() == strengthBits;
        }
        Algorithms.Bits b = s.bits();
        if (code != 0 && code != s.info().code()) {
            return false;
        }
        if ((mkey != 0 && (mkey & b.mkey()) == 0) || (auth != 0 && (auth & b.auth()) == 0)
                || (enc != 0 && (enc & b.enc()) == 0) || (mac != 0 && (mac & b.mac()) == 0)) {
            return false;
        }
        if (minTls != 0 && minTls != Algorithms.minTls(s.info().minVersion())) {
            return false;
        }
        if ((strength & STRONG_MASK) != 0 && (strength & STRONG_MASK & b.strength()) == 0) {
            return false;
        }
        return (strength & DEFAULT_MASK) == 0 || (strength & DEFAULT_MASK & b.strength()) != 0;
    }

    /** Moves the selected suites to the end, strongest first, keeping order among equals. */
    private void strengthSort() {
        int max = -1;
        for (Node n = head; n != null; n = n.next) {
            if (n.active) {
                max = Math.max(max, n.suite.info().secretBits());
            }
        }
        boolean[] used = new boolean[max + 1];
        for (Node n = head; n != null; n = n.next) {
            if (n.active) {
                used[n.suite.info().secretBits()] = true;
            }
        }
        for (int bits = max; bits >= 0; bits--) {
            if (used[bits]) {
                apply(0, 0, 0, 0, 0, 0, 0, ORD, bits);
            }
        }
    }

    private void unlink(Node n) {
        if (n.prev != null) {
            n.prev.next = n.next;
        } else {
            head = n.next;
        }
        if (n.next != null) {
            n.next.prev = n.prev;
        } else {
            tail = n.prev;
        }
        n.prev = null;
        n.next = null;
    }

    private void moveToTail(Node n) {
        if (n == tail) {
            return;
        }
        unlink(n);
        n.prev = tail;
        if (tail != null) {
            tail.next = n;
        } else {
            head = n;
        }
        tail = n;
    }

    private void moveToHead(Node n) {
        if (n == head) {
            return;
        }
        unlink(n);
        n.next = head;
        if (head != null) {
            head.prev = n;
        } else {
            tail = n;
        }
        head = n;
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == ' ' || c == ';' || c == ',';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '=';
    }

    /**
     * Runs a cipher string's rules over the list. Unknown words are skipped;
     * the result is false on a syntax error (a character that is neither a
     * separator, a prefix nor part of a word, a dangling {@code +}, or an
     * unknown or out-of-range {@code @} command), as OpenSSL fails then.
     */
    boolean process(String rules) {
        boolean ok = true;
        int n = rules.length();
        int l = 0;
        while (l < n) {
            char ch = rules.charAt(l);
            int rule;
            switch (ch) {
                case '-' -> rule = DEL;
                case '+' -> rule = ORD;
                case '!' -> rule = KILL;
                case '@' -> rule = SPECIAL;
                default -> rule = ADD;
            }
            if (rule != ADD) {
                l++;
            }
            if (isSeparator(ch)) {
                l++;
                continue;
            }
            int mkey = 0;
            int auth = 0;
            int enc = 0;
            int mac = 0;
            int minTls = 0;
            int strength = 0;
            int code = 0;
            boolean found = false;
            int start;
            while (true) {
                start = l;
                while (l < n && isWordChar(rules.charAt(l))) {
                    l++;
                }
                if (l == start) {
                    return false;
                }
                if (rule == SPECIAL) {
                    break;
                }
                boolean multi = l < n && rules.charAt(l) == '+';
                String word = rules.substring(start, l);
                if (multi) {
                    l++;
                }
                Alias a = lookup(word);
                found = a != null;
                if (!found) {
                    break;
                }
                if (a.mkey != 0) {
                    mkey = mkey != 0 ? mkey & a.mkey : a.mkey;
                    if (mkey == 0) {
                        found = false;
                        break;
                    }
                }
                if (a.auth != 0) {
                    auth = auth != 0 ? auth & a.auth : a.auth;
                    if (auth == 0) {
                        found = false;
                        break;
                    }
                }
                if (a.enc != 0) {
                    enc = enc != 0 ? enc & a.enc : a.enc;
                    if (enc == 0) {
                        found = false;
                        break;
                    }
                }
                if (a.mac != 0) {
                    mac = mac != 0 ? mac & a.mac : a.mac;
                    if (mac == 0) {
                        found = false;
                        break;
                    }
                }
                if ((a.strength & STRONG_MASK) != 0) {
                    if ((strength & STRONG_MASK) != 0) {
                        strength &= (a.strength & STRONG_MASK) | ~STRONG_MASK;
                        if ((strength & STRONG_MASK) == 0) {
                            found = false;
                            break;
                        }
                    } else {
                        // OpenSSL assigns here, dropping a NOT_DEFAULT bit seen before.
                        strength = a.strength & STRONG_MASK;
                    }
                }
                if ((a.strength & DEFAULT_MASK) != 0) {
                    if ((strength & DEFAULT_MASK) != 0) {
                        strength &= (a.strength & DEFAULT_MASK) | ~DEFAULT_MASK;
                        if ((strength & DEFAULT_MASK) == 0) {
                            found = false;
                            break;
                        }
                    } else {
                        strength |= a.strength & DEFAULT_MASK;
                    }
                }
                if (a.code != 0) {
                    // A suite's own version is not part of the pattern.
                    code = a.code;
                } else if (a.minTls != 0) {
                    if (minTls != 0 && minTls != a.minTls) {
                        found = false;
                        break;
                    }
                    minTls = a.minTls;
                }
                if (!multi) {
                    break;
                }
            }
            if (rule == SPECIAL) {
                String word = rules.substring(start, l);
                boolean good = false;
                if (word.equals("STRENGTH")) {
                    strengthSort();
                    good = true;
                } else if (word.length() == 10 && word.startsWith("SECLEVEL=")) {
                    int level = word.charAt(9) - '0';
                    if (level >= 0 && level <= 5) {
                        securityLevel = level;
                        good = true;
                    }
                }
                if (!good) {
                    ok = false;
                }
                l = skipToSeparator(rules, l);
            } else if (found) {
                apply(code, mkey, auth, enc, mac, minTls, strength, rule, -1);
            } else {
                l = skipToSeparator(rules, l);
            }
        }
        return ok;
    }

    private static int skipToSeparator(String s, int l) {
        while (l < s.length() && !isSeparator(s.charAt(l))) {
            l++;
        }
        return l;
    }

    /** A suite by OpenSSL name (suites come first, as in OpenSSL), else an alias. */
    private Alias lookup(String word) {
        Suite s = byName.get(word);
        if (s != null) {
            Algorithms.Bits b = s.bits();
            return new Alias(s.info().code(), b.mkey(), b.auth(), b.enc(), b.mac(), 0, b.strength());
        }
        return ALIASES.get(word);
    }
}
