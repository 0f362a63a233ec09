package org.jcrm.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.Primitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCibStoreTest {
    @TempDir
    Path dir;

    private FileCibStore store(Path file) {
        return new FileCibStore(file, () -> ZonedDateTime.of(2026, 11, 21, 9, 5, 7, 0, ZoneOffset.UTC));
    }

    @Test
    void aMissingFileReadsAsEmptyAndTheFirstCommitCreatesIt() {
        Path file = dir.resolve("sub/cib.xml");
        FileCibStore store = store(file);
        Cib cib = store.current();
        assertEquals("0.1.0", CibVersion.of(cib).toString());
        assertFalse(Files.exists(file));

        cib.getConfiguration().getResources().add(new Primitive().setId("d1"));
        CibVersion written = store.commit(CibVersion.of(Cib.empty()), cib);

        assertEquals("0.2.0", written.toString());
        Cib reread = CibXml.read(file);
        assertEquals("2", reread.getEpoch());
        assertEquals("Sat Nov 21 09:05:07 2026", reread.getCibLastWritten());
        assertTrue(reread.findById("d1").isPresent());
    }

    @Test
    void aCommitGivenTheCibsTextWritesWhatACommitWithoutItWrites() throws Exception {
        Cib withText = CibXml.read(Path.of("src/test/resources/cib/built.xml"));
        Cib without = CibXml.read(Path.of("src/test/resources/cib/built.xml"));
        String text = CibXml.toXml(withText);
        Path a = dir.resolve("a.xml");
        Path b = dir.resolve("b.xml");
        Files.writeString(a, text);
        Files.writeString(b, text);
        CibVersion base = CibVersion.of(withText);

        assertEquals(store(a).commit(base, withText, text), store(b).commit(base, without));

        assertEquals(Files.readString(b), Files.readString(a));
        assertTrue(Files.readString(a).contains("cib-last-written=\"Sat Nov 21 09:05:07 2026\""));
    }

    @Test
    void aCommitOnAStaleBaseIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("cib.xml");
        FileCibStore store = store(file);
        Cib first = store.current();
        Cib second = store.current();
        CibVersion base = CibVersion.of(first);
        store.commit(base, first);
        String before = Files.readString(file);

        second.getConfiguration().getResources().add(new Primitive().setId("late"));
        StaleCibException e = assertThrows(StaleCibException.class, () -> store.commit(base, second));

        assertTrue(e.getMessage().contains("changed since it was read"), e.getMessage());
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void subscribersSeeEachCommit() {
        FileCibStore store = store(dir.resolve("cib.xml"));
        List<String> seen = new ArrayList<>();
        store.subscribe(cib -> seen.add(cib.getEpoch()));
        Cib cib = store.current();
        store.commit(CibVersion.of(cib), cib);
        Cib again = store.current();
        store.commit(CibVersion.of(again), again);
        assertEquals(List.of("2", "3"), seen);
    }

    @Test
    void versionsCompareAdminEpochFirst() {
        assertTrue(new CibVersion(1, 0, 0).compareTo(new CibVersion(0, 99, 99)) > 0);
        assertTrue(new CibVersion(0, 2, 0).compareTo(new CibVersion(0, 1, 50)) > 0);
        assertTrue(new CibVersion(0, 2, 1).compareTo(new CibVersion(0, 2, 0)) > 0);
    }
}
