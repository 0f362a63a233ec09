package org.jcrm.engine.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** A CIB built through the model API writes exactly the golden XML, which Pacemaker's schema accepts. */
class BuildCibTest {
    static Cib buildSample() {
        Cib cib = Cib.empty();
        Configuration configuration = cib.getConfiguration();
        configuration.getNodes().add(new Node().setId("1").setUname("node1"));
        configuration.getNodes().add(new Node().setId("2").setUname("node2"));

        Resources resources = configuration.getResources();
        Primitive vip = resources.add(new Primitive().setId("vip").setAgentClass("ocf").setProvider("heartbeat")
                .setType("IPaddr2"));
        vip.add(new InstanceAttributes().setId("vip-instance_attributes"))
                .addNvpair("vip-instance_attributes-ip", "ip", "192.168.1.10");
        vip.add(new MetaAttributes().setId("vip-meta_attributes"))
                .addNvpair("vip-meta_attributes-target-role", "target-role", "Started");
        Operations ops = vip.add(new Operations());
        ops.add(new Op().setId("vip-monitor-10s").setName("monitor").setInterval("10s").setTimeout("20s"));
        ops.add(new Op().setId("vip-start-0").setName("start").setInterval("0").setTimeout("20s"));

        Group group = resources.add(new Group().setId("web"));
        group.add(new Primitive().setId("www").setAgentClass("ocf").setProvider("heartbeat").setType("apache"));
        group.add(new Primitive().setId("site").setAgentClass("ocf").setProvider("heartbeat")
                .setType("Filesystem"));

        Clone clone = resources.add(new Clone().setId("ping-clone"));
        clone.add(new Primitive().setId("ping").setAgentClass("ocf").setProvider("pacemaker").setType("ping"));

        Constraints constraints = configuration.getConstraints();
        RscLocation location = constraints.add(new RscLocation().setId("web-on-connected").setRsc("web"));
        Rule rule = location.add(new Rule().setId("web-on-connected-rule").setScore("-INFINITY")
                .setBooleanOp("or"));
        rule.add(new Expression().setId("web-on-connected-expr1").setAttribute("pingd").setOperation("not_defined"));
        rule.add(new Expression().setId("web-on-connected-expr2").setAttribute("pingd").setOperation("lte")
                .setValue("0"));
        constraints.add(new RscColocation().setId("web-with-vip").setRsc("web").setWithRsc("vip")
                .setScore("INFINITY"));
        RscOrder order = constraints.add(new RscOrder().setId("vip-then-web").setKind("Mandatory"));
        ResourceSet first = order.add(new ResourceSet().setId("vip-then-web-0").setSequential("false"));
        first.add(new ResourceRef().setId("vip"));
        first.add(new ResourceRef().setId("ping-clone"));
        order.add(new ResourceSet().setId("vip-then-web-1")).add(new ResourceRef().setId("web"));
        return cib;
    }

    @Test
    void programmaticCibMatchesGolden() {
        assertEquals(Golden.text("built.xml"), CibXml.toXml(buildSample()));
    }

    @Test
    void programmaticCibIsSchemaValid() {
        CibSchema schema = CibSchema.system();
        assumeTrue(schema.available(), "Pacemaker schemas are not installed");
        SchemaCheck check = schema.validate(buildSample());
        assertEquals(SchemaCheck.Outcome.VALID, check.outcome(), check.findings().toString());
    }
}
