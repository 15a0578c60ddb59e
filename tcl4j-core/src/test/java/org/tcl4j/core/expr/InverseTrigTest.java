package org.tcl4j.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Inverse trigonometric functions rounded as glibc rounds them. */
class InverseTrigTest {
    @Test
    void argumentsWhereJavaAndGlibcDiffer() {
        // results of tclsh (glibc 2.36), each one ulp away from Java's Math
        assertEquals(0x1.73f2610408fa7p0, InverseTrig.atan(0x1.0e34b4691c696p3));
        assertEquals(0x1.7a7a513154f9fp-1, InverseTrig.atan(0x1.d2c3ccdfa587ap-1));
        assertEquals(0x1.471f1645003dfp-1, InverseTrig.atan(0x1.7c56c482f8ad9p-1));
        assertEquals(-0x1.26a6b00994885p-1, InverseTrig.asin(-0x1.16a7746e2d4eep-1));
        assertEquals(0x1.35c41ad70ac75p0, InverseTrig.asin(0x1.df0a26b7be145p-1));
        assertEquals(-0x1.16b279abd8cd7p0, InverseTrig.asin(-0x1.c5a2adcf8b456p-1));
        assertEquals(0x1.ff0ef9d093103p-1, InverseTrig.acos(0x1.156d32e62ada6p-1));
        assertEquals(0x1.546917780dcf7p1, InverseTrig.acos(-0x1.c5a2adcf8b456p-1));
        assertEquals(0x1.1c426ec5683d7p1, InverseTrig.acos(-0x1.35d903966bb2p-1));
        assertEquals(0x1.7bad8845b76c5p-2, InverseTrig.atan2(0x1.df0a26b7be145p-1, 0x1.340e6a86681dp1));
        assertEquals(-0x1.e2465ea3d79f6p0, InverseTrig.atan2(-0x1.6cd76da4d9aeep1, -0x1.d873bb13b0e7p-1));
        assertEquals(-0x1.921fb550fc0cfp0, InverseTrig.atan2(-0x1.e6c6cf560e2aep31, -0x1.8318862606311p3));
    }

    @Test
    void specialValuesAndQuadrants() {
        assertEquals(Math.PI / 4, InverseTrig.atan(1));
        assertEquals(Math.PI / 2, InverseTrig.asin(1));
        assertEquals(0.0, InverseTrig.acos(1));
        assertEquals(Math.PI, InverseTrig.acos(-1));
        assertEquals(Double.NaN, InverseTrig.asin(1.5));
        assertEquals(Math.PI, InverseTrig.atan2(0.0, -1));
        assertEquals(-Math.PI, InverseTrig.atan2(-0.0, -1));
        assertEquals(Math.PI / 2, InverseTrig.atan2(1, 0));
        assertEquals(-3 * Math.PI / 4, InverseTrig.atan2(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals(Math.PI / 2, InverseTrig.atan(1e300));
        assertEquals(-Math.PI / 2, InverseTrig.atan(Double.NEGATIVE_INFINITY));
        assertEquals(1e-20, InverseTrig.atan(1e-20));
    }

    @Test
    void withinAnUlpOfJavaEverywhere() {
        Random rnd = new Random(11);
        for (int i = 0; i < 20000; i++) {
            double x = (rnd.nextDouble() * 2 - 1) * Math.pow(10, rnd.nextInt(12) - 6);
            double y = (rnd.nextDouble() * 2 - 1) * Math.pow(10, rnd.nextInt(12) - 6);
            assertEquals(Math.atan(x), InverseTrig.atan(x), Math.ulp(Math.atan(x)), "atan " + x);
            assertEquals(Math.atan2(y, x), InverseTrig.atan2(y, x), Math.ulp(Math.atan2(y, x)), "atan2 " + y + " " + x);
            double s = x / Math.max(1, Math.abs(x));
            assertEquals(Math.asin(s), InverseTrig.asin(s), Math.ulp(Math.asin(s)), "asin " + s);
            assertEquals(Math.acos(s), InverseTrig.acos(s), Math.ulp(Math.acos(s)), "acos " + s);
        }
    }
}
