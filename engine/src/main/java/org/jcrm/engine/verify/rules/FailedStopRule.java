package org.jcrm.engine.verify.rules;

import org.jcrm.engine.verify.CibDocument;
import org.jcrm.engine.verify.Reporter;
import org.jcrm.engine.verify.VerifyContext;
import org.jcrm.engine.verify.VerifyRule;
import org.w3c.dom.Element;

/**
 * A resource whose last operation on a node is a failed stop: with fencing on and the stop's on-fail
 * left at its default (fence), Pacemaker fences that node to recover it, and crm_verify calls such a
 * CIB not valid. An unmanaged resource or a stop with another on-fail is left alone.
 */
public final class FailedStopRule implements VerifyRule {
    @Override
    public String name() {
        return "failed-stop";
    }

    @Override
    public void check(VerifyContext context, Reporter report) {
        CibDocument cib = context.cib();
        if (!FencingRule.fencingEnabled(cib)) {
            return;
        }
        for (Element state : ResourceHistory.onlineClusterNodes(cib)) {
            for (Element entry : ResourceHistory.entries(state)) {
                Element last = ResourceHistory.lastOp(entry);
                if (last == null || !last.getAttribute("operation").equals("stop") || !ResourceHistory.failed(last)) {
                    continue;
                }
                Element rsc = cib.resource(ResourceHistory.baseId(entry));
                if (!ResourceHistory.managed(cib, rsc) || rsc != null && !fencesOnFailure(cib, rsc)) {
                    continue;
                }
                String node = ResourceHistory.nodeName(state);
                report.error(entry, "resource '" + entry.getAttribute("id") + "' failed to stop on " + node + " (rc="
                        + CibDocument.attr(last, "rc-code") + "): " + node + " will be fenced to recover it");
            }
        }
    }

    /** Whether the stop operation's on-fail (its own, else the operation defaults') is fence. */
    private static boolean fencesOnFailure(CibDocument cib, Element rsc) {
        for (Element op : CibDocument.descendants(rsc, "op")) {
            if (op.getAttribute("name").equals("stop") && op.hasAttribute("on-fail")) {
                return op.getAttribute("on-fail").equals("fence");
            }
        }
        for (Element defaults : CibDocument.children(cib.section("op_defaults"), "meta_attributes")) {
            for (Element nv : CibDocument.children(defaults, "nvpair")) {
                if (nv.getAttribute("name").equals("on-fail")) {
                    return "fence".equals(CibDocument.attr(nv, "value"));
                }
            }
        }
        return true;
    }
}
