package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;

/** {@code binary}: byte arrays as strings of characters 0..255. */
class BinaryCmdTest {
    private final Interp interp = new Interp();

    private String eval(String script) throws TclException {
        return interp.eval(script).toString();
    }

    /** The bytes a script returns, in hex. */
    private String hex(String script) throws TclException {
        interp.setVar("r", interp.eval(script));
        return eval("binary encode hex $r");
    }

    private String error(String script) {
        return assertThrows(TclException.class, () -> eval(script)).getMessage();
    }

    @Test
    void formatWritesFieldsInOrder() throws TclException {
        assertEquals("6162630000", hex("binary format a5 abc"));
        assertEquals("616263202034121200123456789abcdef0",
                hex("binary format A5sSW abc 0x1234 0x1200 0x123456789abcdef0"));
        assertEquals("b580", hex("binary format B* 101101011"));
        assertEquals("1a20", hex("binary format H* 1a2"));
        assertEquals("010203", hex("binary format c* {1 2 3}"));
        assertEquals("3fc00000", hex("binary format R 1.5"));
        assertEquals("ffff7f7f", hex("binary format f 1e40"), "too large for a float: the largest float");
        assertEquals("616463", hex("binary format a3X2a abc d"));
        assertEquals("6162630000000000000064", hex("binary format a3@10a abc d"));
    }

    @Test
    void formatErrors() {
        assertEquals("not enough arguments for all format specifiers", error("binary format a"));
        assertEquals("number of elements in list does not match count", error("binary format c3 {1 2}"));
        assertEquals("bad field specifier \" \"", error("binary format {a z} x"));
        assertEquals("expected binary string but got \"102\" instead", error("binary format b* 102"));
    }

    @Test
    void scanReadsIntoVariables() throws TclException {
        eval("set d [binary format H* 0102fffe]");
        assertEquals("1", eval("binary scan $d c* v"));
        assertEquals("1 2 -1 -2", eval("set v"));
        assertEquals("2", eval("binary scan $d cu2S a b"));
        assertEquals("{1 2} -2", eval("list $a $b"));
        assertEquals("0", eval("binary scan $d i2 w"), "too little data: nothing is set");
        assertEquals("not enough arguments for all format specifiers", error("binary scan $d cc x"));
    }

    @Test
    void encodeAndDecode() throws TclException {
        assertEquals("YWJjZA==", eval("binary encode base64 abcd"));
        assertEquals("eHh4\neHh4", eval("binary encode base64 -maxlen 4 xxxxxx"));
        assertEquals("abcd", eval("binary decode base64 {YWJj ZA==}"));
        assertEquals("invalid base64 character \" \" at position 4", error("binary decode base64 -strict {YWJj ZA==}"));
        assertEquals("abc", eval("binary decode hex 616263"));
        assertEquals("#86)C\n", eval("binary encode uuencode abc"));
        assertEquals("abc", eval("binary decode uuencode [binary encode uuencode abc]"));
        assertEquals("unknown subcommand \"b\": must be base64, hex, or uuencode", error("binary encode b x"));
    }
}
