package org.jcrm.engine.scheduler.unpack;

import java.util.Map;

/** A group: members placed together and started in order, stopped in reverse. */
public final class GroupResource extends Resource {
    GroupResource(String id, Map<String, String> meta) {
        super(id, meta);
    }

    public boolean ordered() {
        String v = meta().get("ordered");
        return v == null || Xml.isTrue(v);
    }

    public boolean collocated() {
        String v = meta().get("collocated");
        return v == null || Xml.isTrue(v);
    }
}
