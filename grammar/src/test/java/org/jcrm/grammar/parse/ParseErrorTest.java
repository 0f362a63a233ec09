package org.jcrm.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax and semantic errors name source, line, column and what was wrong or expected. */
class ParseErrorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            node node-1:unknown                               | in.crm:1:6: error: unknown node type 'unknown'; expected one of normal, member, ping, remote
            group group-1                                     | in.crm:1:7: error: group group-1 needs at least one resource
            location loc-1 // inf: bar                        | in.crm:1:16: error: expected /<rsc-pattern>/, got '//'
            colocation col-1 10: ( bar wiz                    | in.crm:1:31: error: unexpected end of input; expected ')' or name=value or a word with ':' (like class:provider:type or rsc:role) or a quoted string or a name
            colocation col-1 10: ( bar wiz ]                  | in.crm:1:32: error: unexpected ']'; expected ')' or name=value or a word with ':' (like class:provider:type or rsc:role) or a quoted string or a name
            colocation c bad: a b                             | in.crm:1:14: error: invalid score 'bad'
            colocation c inf: a:Leader b                      | in.crm:1:19: error: invalid role 'Leader' for 'a'
            order o Sometimes: a b                            | in.crm:1:9: error: invalid kind 'Sometimes'; expected Mandatory, Optional, Serialize or a score
            order o inf: a:begin b                            | in.crm:1:14: error: invalid action 'begin' for 'a'
            primitive p Dummy op monitor interval=10 X=1 timeout=6 | in.crm:1:46: error: attribute order error: timeout must appear before any instance attribute
            primitive p                                       | in.crm:1:12: error: unexpected end of input; expected a word with ':' (like class:provider:type or rsc:role) or a quoted string or a name
            primitive p Dummy op                              | in.crm:1:21: error: unexpected end of input; expected a quoted string or a name
            role user-1 error                                 | in.crm:1:13: error: unexpected 'error'; expected end of input or end of line
            rsc_defaults failure-timeout=3m foo:              | in.crm:1:33: error: unexpected 'foo:'; expected end of input or end of line
            tag tag1:: foo                                    | in.crm:1:10: error: unexpected ':'; expected a quoted string or a name
            location l r rule role=Leader 10: a eq b          | in.crm:1:19: error: unknown role 'Leader'; expected one of Stopped, Started, Master, Slave, Promoted, Unpromoted
            location l r rule inf: a eq b and c eq d or e eq f | in.crm:1:42: error: mixing bool ops not allowed: and != or
            location l r rule inf: a float:eq 1               | in.crm:1:26: error: unknown expression type 'float'; expected string, integer, number or version
            rsc_ticket t tk: a loss-policy=explode            | in.crm:1:20: error: invalid loss-policy 'explode'; expected stop, demote, fence or freeze
            """)
    void reportsPositionAndReason(String input, String message) {
        CrmSyntaxException e = assertThrows(CrmSyntaxException.class, () -> new CrmText().parse(input, "in.crm"));
        assertEquals(message, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void errorOnLaterLineCountsLinesAndContinuations() {
        String text = "# header\nprimitive a Dummy \\\n    params x=1\nprimitive b Dummy op\n";
        CrmSyntaxException e = assertThrows(CrmSyntaxException.class, () -> new CrmText().parse(text, "f.crm"));
        assertEquals(4, e.line());
        assertEquals(21, e.column());
        assertEquals("f.crm", e.source());
        assertEquals("unexpected end of line; expected a quoted string or a name", e.reason());
    }
}
