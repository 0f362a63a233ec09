package org.jcrm.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Command lines split into words as crmsh (POSIX shell rules) splits them. */
class WordsTest {
    @Test
    void quotesGroupAndAreRemoved() {
        assertEquals(List.of("meta", "description=some description here", "it's"),
                Words.split("meta description=\"some description here\" \"it's\""));
    }

    @Test
    void insideDoubleQuotesABackslashEscapesOnlyAQuoteOrABackslash() {
        assertEquals(List.of("filter", "sed 's/\\[/\\(/;s/\\]/\\)/'", "c2"),
                Words.split("filter \"sed 's/\\[/\\(/;s/\\]/\\)/'\" c2"));
        assertEquals(List.of("say \"hi\" \\"), Words.split("\"say \\\"hi\\\" \\\\\""));
    }

    @Test
    void outsideQuotesABackslashEscapesAnyCharacter() {
        assertEquals(List.of("a b", "c"), Words.split("a\\ b c"));
    }

    @Test
    void anUnclosedQuoteNamesItsColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Words.split("show \"p1"));
        assertEquals("unclosed quote \" opened at column 6", e.getMessage());
    }
}
