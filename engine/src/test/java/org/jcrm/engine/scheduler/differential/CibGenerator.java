package org.jcrm.engine.scheduler.differential;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a complete CIB (configuration and status) from a seed: the same seed always gives the
 * same text. The cluster options vary stonith-enabled, no-quorum-policy, symmetric-cluster and
 * quorum; the sections are drawn by {@link NodeSection}, {@link ResourceSection},
 * {@link ConstraintSection} and {@link StatusSection}.
 */
final class CibGenerator {
    /** The instant every generated CIB is scheduled at (its execution-date, epoch seconds). */
    static final long EXECUTION_DATE = 1_700_000_000L;

    private static final String[] NO_QUORUM_POLICIES = {"stop", "ignore", "freeze", "demote"};

    private CibGenerator() {
    }

    static String generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GenNode> nodes = NodeSection.draw(random);
        boolean fencing = random.nextInt(3) > 0;
        boolean symmetric = random.nextInt(5) > 0;
        boolean quorum = random.nextInt(6) > 0;
        XmlText xml = new XmlText();
        xml.open("cib", "crm_feature_set", "3.16.1", "validate-with", "pacemaker-3.7", "epoch", "10", "num_updates", "0",
                "admin_epoch", "0", "have-quorum", quorum ? "1" : "0", "dc-uuid", "1", "execution-date", Long.toString(EXECUTION_DATE));
        xml.open("configuration");
        xml.open("crm_config").open("cluster_property_set", "id", "cib-bootstrap-options");
        option(xml, "stonith-enabled", Boolean.toString(fencing));
        option(xml, "no-quorum-policy", NO_QUORUM_POLICIES[random.nextInt(NO_QUORUM_POLICIES.length)]);
        option(xml, "symmetric-cluster", Boolean.toString(symmetric));
        if (random.nextInt(4) == 0) {
            option(xml, "start-failure-is-fatal", "false");
        }
        xml.close("cluster_property_set").close("crm_config");
        NodeSection.write(nodes, xml);
        List<GenResource> resources = ResourceSection.write(random, nodes, fencing, xml);
        ConstraintSection.write(random, nodes, resources, symmetric, xml);
        xml.close("configuration");
        StatusSection.write(random, nodes, resources, EXECUTION_DATE, xml);
        xml.close("cib");
        return xml.toString();
    }

    private static void option(XmlText xml, String name, String value) {
        xml.empty("nvpair", "id", "cib-bootstrap-options-" + name, "name", name, "value", value);
    }
}
