package org.jcrm.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void minusInfinityWinsOverInfinity() {
        assertEquals(Score.MINUS_INFINITY, Score.INFINITY.plus(Score.MINUS_INFINITY));
        assertEquals(Score.MINUS_INFINITY, Score.MINUS_INFINITY.plus(Score.INFINITY));
    }

    @Test
    void sumsSaturateAtInfinity() {
        assertEquals(Score.INFINITY, Score.of(999_999).plus(Score.of(5)));
        assertEquals(Score.MINUS_INFINITY, Score.of(-999_999).plus(Score.of(-5)));
        assertEquals(Score.of(300), Score.of(100).plus(Score.of(200)));
    }

    @Test
    void parsesLikePacemaker() {
        assertEquals(Score.INFINITY, Score.parse("+INFINITY"));
        assertEquals(Score.MINUS_INFINITY, Score.parse("-INFINITY"));
        assertEquals(Score.of(2), Score.parse("2.0"));
        assertEquals(Score.INFINITY, Score.parse("5000000"));
        assertThrows(IllegalArgumentException.class, () -> Score.parse("red"));
        assertEquals(Score.of(12), Score.parse(" +12 "));
        assertEquals(Score.of(-7), Score.parse("-0007"));
        assertEquals(Score.of(10), Score.parse("10abc"));
        assertEquals(Score.INFINITY, Score.parse("+1234567890123"));
        assertEquals(Score.MINUS_INFINITY, Score.parse("-123456789012"));
        assertThrows(IllegalArgumentException.class, () -> Score.parse("-"));
    }

    @Test
    void printsInfinityWords() {
        assertEquals("INFINITY", Score.INFINITY.toString());
        assertEquals("-INFINITY", Score.format(-2_000_000));
        assertEquals("-5", Score.of(-5).toString());
    }
}
