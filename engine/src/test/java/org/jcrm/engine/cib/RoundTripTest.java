package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Pacemaker scheduler input, read and written back, is canonically the same document with
 * every element's attributes in the same order.
 */
class RoundTripTest {
    @Test
    void everySchedulerInputSurvivesReadAndWrite() throws IOException {
        List<Path> inputs = SchedulerCases.inputs();
        List<String> failures = new ArrayList<>();
        for (Path input : inputs) {
            String original = Files.readString(input);
            String written = CibXml.toXml(CibXml.read(input));
            String difference = CanonicalXml.difference(original, written);
            if (difference == null) {
                difference = AttributeOrderComparison.difference(original, written);
            }
            if (difference != null) {
                failures.add(input.getFileName() + ": " + difference);
            }
        }
        System.out.printf("round trip: %d/%d scheduler inputs identical%n",
                inputs.size() - failures.size(), inputs.size());
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }
}
