package org.jcrm.shell.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jcrm.engine.verify.AgentCatalog;
import org.jcrm.shell.cli.ExitCode;
import org.junit.jupiter.api.Test;

/** {@code jcrm verify} on crm text from standard input: exit codes and the exact lines it prints. */
class VerifyCommandTest {
    private String out;

    private ExitCode run(String text, String... args) {
        VerifyCommand command = new VerifyCommand(() -> AgentCatalog.NONE,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExitCode code = command.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        out = bytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void crmTextThatDoesNotParseIsAConfigurationErrorAtItsPosition() {
        assertEquals(ExitCode.CONFIG, run("node n1\nprimitve db ocf:heartbeat:Dummy\n", "-"));
        assertEquals("<stdin>:2:1: error: unexpected 'primitve'; expected end of input or end of line\n", out);
    }

    @Test
    void crmTextTheMapperWouldFoldSilentlyIsReportedAtTheObject() {
        String text = "node n1\nproperty stonith-enabled=false\nprimitive a ocf:heartbeat:Dummy\n"
                + "group g1 a\ngroup g2 a\n";
        assertEquals(ExitCode.CONFIG, run(text, "-"));
        // the mapper keeps 'a' in g1 only, so the CIB has an empty g2, which the schema and rules report too
        assertEquals("<stdin>:5:1: error: 'a' is already in group 'g1' (line 4): a resource can be in only one group "
                + "or clone [g2]\n"
                + "<stdin>: error: not valid against pacemaker-3.9: 15:23: element \"group\" incomplete; missing required "
                + "element \"primitive\" (/cib)\n"
                + "<stdin>:5:1: error: group 'g2' has no resources [g2]\n", out);
    }

    @Test
    void optionsAreLocatedAtTheirNameValue() {
        assertEquals(ExitCode.OK, run("node n1\nproperty stonith-enabled=false no-quorum-polcy=ignore\n", "-"));
        assertEquals("<stdin>:2:32: warning: unknown cluster property 'no-quorum-polcy' (did you mean "
                + "'no-quorum-policy'?) [cib-bootstrap-options-no-quorum-polcy]\n", out);
    }

    @Test
    void aRuleReferenceIsNotARuleWithoutExpressions() {
        String text = "node n1\nproperty stonith-enabled=false\nprimitive a ocf:heartbeat:Dummy\n"
                + "location l1 a rule 100: #uname eq n1\nlocation l2 a rule $id-ref=l1-rule\n";
        assertEquals(ExitCode.OK, run(text, "-"));
        assertEquals("", out);
    }

    @Test
    void aValidConfigurationPrintsNothingAndExitsZero() {
        assertEquals(ExitCode.OK, run("node n1\nproperty stonith-enabled=false\nprimitive a ocf:heartbeat:Dummy\n", "-"));
        assertEquals("", out);
    }
}
