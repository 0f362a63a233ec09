package org.jcrm.engine.scheduler.unpack;

import java.time.Instant;
import org.jcrm.engine.scheduler.status.StatusSection;
import org.w3c.dom.Element;

/** The unpack stage: reads a CIB document into a {@link WorkingSet} for the given "now". */
public final class Unpacker {
    private Unpacker() {
    }

    /** Unpacks a whole CIB document: configuration and status. */
    public static WorkingSet unpack(Element cib, Instant now) {
        return unpack(cib, StatusSection.of(Xml.child(cib, "status")), now);
    }

    /**
     * Unpacks the configuration of {@code cib} with the given status section (any status entries
     * left in the document are not read).
     */
    public static WorkingSet unpack(Element cib, StatusSection status, Instant now) {
        WorkingSet ws = new WorkingSet();
        ws.now = now;
        ws.rules = new RuleEvaluator(now, cib);
        String quorum = Xml.attr(cib, "have-quorum");
        ws.haveQuorum = quorum == null || Xml.isTrue(quorum);
        ws.dcUuid = Xml.attr(cib, "dc-uuid");
        new ConfigUnpacker(cib, ws).unpack();
        new StatusUnpacker(status, ws).unpack();
        return ws;
    }
}
