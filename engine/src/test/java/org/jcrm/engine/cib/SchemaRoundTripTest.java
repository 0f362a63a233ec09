package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model writes stays valid against Pacemaker's schema whenever the input was valid. */
class SchemaRoundTripTest {
    @Test
    void writtenSchedulerInputsStayValid() throws IOException {
        List<Path> inputs = SchedulerCases.inputs();
        CibSchema schema = CibSchema.system();
        assumeTrue(schema.available(), "Pacemaker schemas are not installed");
        int validInputs = 0;
        int uncheckedInputs = 0;
        List<String> broken = new ArrayList<>();
        for (Path input : inputs) {
            String original = Files.readString(input);
            SchemaCheck before = schema.validate(original, input.toString());
            if (!before.checked()) {
                uncheckedInputs++;
                continue;
            }
            if (!before.valid()) {
                continue;
            }
            validInputs++;
            SchemaCheck after = schema.validate(CibXml.toXml(CibXml.read(input)), input + " (written)");
            if (!after.valid()) {
                broken.add(input.getFileName() + ": " + after.findings());
            }
        }
        System.out.printf("schema: %d inputs valid, %d invalid, %d unchecked; %d/%d written copies valid%n",
                validInputs, inputs.size() - validInputs - uncheckedInputs, uncheckedInputs,
                validInputs - broken.size(), validInputs);
        assertEquals(List.of(), broken);
    }
}
