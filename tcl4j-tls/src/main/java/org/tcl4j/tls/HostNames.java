package org.tcl4j.tls;

/** Telling host names from IP address literals (which are never sent as SNI). */
final class HostNames {
    private HostNames() {
    }

    static boolean isIpLiteral(String s) {
        if (s.indexOf(':') >= 0) {
            return true; // IPv6
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
