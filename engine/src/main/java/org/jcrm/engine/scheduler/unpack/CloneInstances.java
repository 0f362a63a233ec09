package org.jcrm.engine.scheduler.unpack;

import java.util.LinkedHashMap;

/** Makes clone instances ("rsc:N", or "grp:N" with "member:N" children) from a clone's configured child. */
final class CloneInstances {
    private CloneInstances() {
    }

    static Resource create(WorkingSet ws, Resource template, String suffix) {
        if (template instanceof Primitive p) {
            Primitive copy = p.instanceCopy(p.id() + suffix);
            ws.byId.put(copy.id(), copy);
            return copy;
        }
        GroupResource g = new GroupResource(template.id() + suffix, new LinkedHashMap<>(template.meta()));
        ws.byId.put(g.id(), g);
        for (Resource c : template.children()) {
            g.addChild(create(ws, c, suffix));
        }
        return g;
    }

    /** An instance beyond clone-max found active in the status: it exists only to be stopped. */
    static Resource orphan(WorkingSet ws, CloneResource clone) {
        Resource inst = create(ws, clone.template(), ":" + clone.children().size());
        for (Primitive p : inst.primitives()) {
            p.orphan = true;
        }
        clone.addChild(inst);
        ws.structureChanged();
        return inst;
    }
}
