package org.tcl4j.core.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclTestCase;

/** The {@code string} ensemble, one example per idea. */
class StringCmdTest extends TclTestCase {
    @Test
    void subcommandsAcceptUniquePrefixes() throws TclException {
        assertEquals("3", eval("string len abc"));
        assertEquals("unknown or ambiguous subcommand \"t\": must be bytelength, cat, compare, equal, first, "
                + "index, is, last, length, map, match, range, repeat, replace, reverse, tolower, totitle, toupper, "
                + "trim, trimleft, trimright, wordend, or wordstart", error("string t x"));
        assertEquals("wrong # args: should be \"string length string\"", error("string len"));
        assertEquals("4", eval("::tcl::string::length abcd"));
    }

    @Test
    void indicesUseEndArithmetic() throws TclException {
        assertEquals("c", eval("string index abc end"));
        assertEquals("b", eval("string index abc end-1"));
        assertEquals("", eval("string index abc 5"));
        assertEquals("bcd", eval("string range abcdef 1 end-2"));
        assertEquals("aXYdef", eval("string replace abcdef 1 2 XY"));
    }

    @Test
    void searchingFindsWholeMatchesOnly() throws TclException {
        assertEquals("3", eval("string first b abcb 2"));
        // string last: the match must end at or before the index
        assertEquals("1", eval("string last bc abcbc 3"));
        assertEquals("3", eval("string last bc abcbc 4"));
        assertEquals("-1", eval("string first {} abc"));
    }

    @Test
    void comparisonOptions() throws TclException {
        assertEquals("-1", eval("string compare abc abd"));
        assertEquals("0", eval("string compare -length 2 abc abd"));
        assertEquals("1", eval("string equal -nocase ABC abc"));
        assertEquals("wrong # args: should be \"string compare ?-nocase? ?-length int? string1 string2\"",
                error("string compare -length a b"));
        assertEquals("bad option \"-x\": must be -nocase or -length", error("string equal -x a b"));
    }

    @Test
    void caseMappingIsOneToOne() throws TclException {
        assertEquals("STRAßE", eval("string toupper stra\u00dfe"));
        assertEquals("Hello world", eval("string totitle {hELLO wORLD}"));
        assertEquals("abCDEf", eval("string toupper abcdef 2 end-1"));
        // U+023A would lower-case to a character needing more UTF-8 bytes: tclsh keeps it
        assertEquals("\u023a", eval("string tolower \u023a"));
    }

    @Test
    void mapReplacesInOnePass() throws TclException {
        assertEquals("baba", eval("string map {a b b a} abab"));
        assertEquals("YX", eval("string map {ab X a Y} aab"));
        assertEquals("111", eval("string map -nocase {A 1} aAa"));
        assertEquals("char map list unbalanced", error("string map {a} abc"));
    }

    @Test
    void trimDefaultsToUnicodeWhiteSpace() throws TclException {
        assertEquals("a b", eval("string trim \"\\u00a0 a b\\u3000\\n\""));
        assertEquals("a", eval("string trim xxaxx x"));
        assertEquals("a  ", eval("string trimleft {  a  }"));
    }

    @Test
    void wordBoundaries() throws TclException {
        assertEquals("5", eval("string wordend {hello world} 1"));
        assertEquals("6", eval("string wordstart {hello world} 8"));
        assertEquals("5", eval("string wordstart {hello world} 5"));
    }

    @Test
    void repeatReverseCatAndLengths() throws TclException {
        assertEquals("ababab", eval("string repeat ab 3"));
        assertEquals("cba", eval("string reverse abc"));
        assertEquals("abc", eval("string cat a b c"));
        assertEquals("5", eval("string bytelength \u00e9\u20ac"));
        assertEquals("2", eval("string bytelength \\u0000"));
    }

    @Test
    void stringIsClasses() throws TclException {
        assertEquals("1", eval("string is integer {}"));
        assertEquals("0", eval("string is integer -strict {}"));
        assertEquals("1", eval("string is integer { 0x1F }"));
        assertEquals("0", eval("string is integer 4294967296"));
        assertEquals("1", eval("string is wideinteger 4294967296"));
        assertEquals("1", eval("string is double 08.5"));
        assertEquals("1", eval("string is alpha \u00e9t\u00e9"));
        assertEquals("1", eval("string is true yes"));
        assertEquals("0", eval("string is list \"a {b\""));
    }

    @Test
    void failIndexNamesTheFirstBadCharacter() throws TclException {
        assertEquals("0 3", eval("list [string is alpha -failindex i abc1d] $i"));
        assertEquals("0 3", eval("list [string is double -failindex i 1.5x] $i"));
        assertEquals("0 -1", eval("list [string is integer -failindex i 99999999999] $i"));
        assertEquals("0 2", eval("list [string is list -failindex i \"a {b\"] $i"));
        eval("set j untouched");
        assertEquals("1 untouched", eval("list [string is digit -failindex j 123] $j"));
    }

    @Test
    void matchIsGlobMatching() throws TclException {
        assertEquals("1", eval("string match {*.[ch]} main.c"));
        assertEquals("1", eval("string match -nocase A* abc"));
        assertEquals("bad option \"-x\": must be -nocase", error("string match -x a b"));
    }
}
