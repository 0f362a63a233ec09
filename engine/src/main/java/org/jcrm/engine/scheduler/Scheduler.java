package org.jcrm.engine.scheduler;

import java.time.Instant;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.scheduler.actions.TransitionPlanner;
import org.jcrm.engine.scheduler.assign.Placement;
import org.jcrm.engine.scheduler.unpack.Unpacker;
import org.jcrm.engine.scheduler.unpack.WorkingSet;
import org.w3c.dom.Element;

/**
 * Computes a transition from a CIB and an instant, with no I/O and no clock: unpack, location and
 * assign, actions and orderings. The same inputs always give the same transition.
 */
public final class Scheduler {
    private Scheduler() {
    }

    public static Transition schedule(Cib cib, Instant now) {
        return schedule(toDom(CibXml.toXml(cib)), now);
    }

    /** Schedules from the CIB's XML text (what {@code CibXml} writes). */
    public static Transition schedule(String cibXml, Instant now) {
        return schedule(toDom(cibXml), now);
    }

    public static Transition schedule(Element cib, Instant now) {
        return plan(Unpacker.unpack(cib, now));
    }

    /** Schedules a CIB read for scheduling: its configuration document and status section. */
    public static Transition schedule(SplitCib cib, Instant now) {
        WorkingSet ws = Unpacker.unpack(cib.document().getDocumentElement(), cib.status(), now);
        return plan(ws);
    }

    private static Transition plan(WorkingSet ws) {
        Placement placement = Placement.run(ws);
        TransitionPlanner.Planned planned = TransitionPlanner.plan(ws);
        return new Transition(ws, planned.actions(), planned.summary(), placement.scores(), placement.explanation());
    }

    static Element toDom(String xml) {
        return CibDocuments.parse(xml).getDocumentElement();
    }
}
