package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A 50,000-primitive CIB reads and writes in a few seconds. */
class LargeCibTest {
    private static final int PRIMITIVES = 50_000;

    @Test
    void fiftyThousandPrimitivesReadAndWriteQuickly() {
        Cib cib = Cib.empty();
        Resources resources = cib.getConfiguration().getResources();
        for (int i = 0; i < PRIMITIVES; i++) {
            Primitive primitive = resources.add(new Primitive().setId("r" + i).setAgentClass("ocf")
                    .setProvider("pacemaker").setType("Dummy"));
            primitive.add(new MetaAttributes().setId("r" + i + "-meta"))
                    .addNvpair("r" + i + "-meta-target-role", "target-role", "Started");
            primitive.add(new Operations()).add(new Op().setId("r" + i + "-monitor").setName("monitor")
                    .setInterval("10s"));
        }
        CibXml.toXml(Cib.empty()); // context creation is not what this measures
        long start = System.nanoTime();
        String xml = CibXml.toXml(cib);
        Cib read = CibXml.parse(xml, "large");
        String again = CibXml.toXml(read);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("50,000 primitives: write, read, write in %d ms (%d KiB)%n", millis, xml.length() / 1024);
        long before = usedHeap();
        Cib measured = CibXml.parse(xml, "large");
        System.out.printf("50,000 primitives: one model holds %d MiB of heap%n",
                (usedHeap() - before) / (1024 * 1024));
        assertEquals(xml, CibXml.toXml(measured));
        assertEquals(PRIMITIVES, read.allResources().size());
        assertEquals(xml, again);
    }

    /** Bytes of heap in use after a collection: a rough figure, for comparing model layouts. */
    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
