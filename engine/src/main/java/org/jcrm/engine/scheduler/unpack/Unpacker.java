package org.jcrm.engine.scheduler.unpack;

import java.time.Instant;
import org.w3c.dom.Element;

/** The unpack stage: reads a CIB document into a {@link WorkingSet} for the given "now". */
public final class Unpacker {
    private Unpacker() {
    }

    public static WorkingSet unpack(Element cib, Instant now) {
        WorkingSet ws = new WorkingSet();
        ws.now = now;
        ws.rules = new RuleEvaluator(now, cib);
        String quorum = Xml.attr(cib, "have-quorum");
        ws.haveQuorum = quorum == null || Xml.isTrue(quorum);
        ws.dcUuid = Xml.attr(cib, "dc-uuid");
        new ConfigUnpacker(cib, ws).unpack();
        new StatusUnpacker(cib, ws).unpack();
        return ws;
    }
}
