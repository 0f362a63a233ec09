package org.jcrm.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jcrm.agents.metadata.ActionInfo;
import org.jcrm.agents.metadata.AgentMetadata;
import org.jcrm.agents.metadata.MetadataException;
import org.jcrm.agents.metadata.MetadataParser;
import org.jcrm.agents.metadata.ParameterInfo;
import org.jcrm.engine.executor.AgentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataTest {
    @TempDir
    Path tmp;

    private AgentRegistry registry() {
        return AgentRegistry.standard(TestAgents.paths(tmp.resolve("resource.d"), tmp));
    }

    @Test
    void jcrmDummyMetadataIsParsedAndCached() {
        AgentRegistry reg = registry();
        AgentMetadata md = reg.metadata(AgentRef.parse("ocf:jcrm:Dummy")).orElseThrow();
        assertEquals("Dummy", md.name());
        assertEquals("1.1", md.version());
        assertEquals("State-file test resource (jcrm)", md.shortdesc());
        ParameterInfo state = md.parameter("state").orElseThrow();
        assertTrue(state.unique());
        assertFalse(state.required());
        assertEquals("string", state.type());
        assertEquals(new ActionInfo("monitor", "20s", "10s", "0", null), md.action("monitor").orElseThrow());
        assertSame(md, reg.metadata(AgentRef.parse("ocf:jcrm:Dummy")).orElseThrow());
    }

    @Test
    void statefulAdvertisesPromotion() {
        AgentMetadata md = registry().metadata(AgentRef.parse("ocf:jcrm:Stateful")).orElseThrow();
        assertTrue(md.supports("promote") && md.supports("demote") && md.supports("notify"));
        assertEquals("integer", md.parameter("promoted_score").orElseThrow().type());
        assertEquals("10", md.parameter("promoted_score").orElseThrow().defaultValue());
    }

    @Test
    void fenceAgentMetadataComesFromDashOMetadata() {
        AgentMetadata md = registry().metadata(AgentRef.parse("stonith:fence_jcrm")).orElseThrow();
        assertEquals("Fence agent for jcrm local test clusters", md.shortdesc());
        assertTrue(md.parameter("cluster_dir").orElseThrow().required());
        assertTrue(md.supports("reboot"));
    }

    @Test
    void debianHeartbeatAgentMetadata() {
        TestAgents.assumeExists(Path.of("/usr/lib/ocf/resource.d/heartbeat/IPaddr2"));
        AgentMetadata md = registry().metadata(AgentRef.parse("ocf:heartbeat:IPaddr2")).orElseThrow();
        assertTrue(md.parameter("ip").orElseThrow().required());
    }

    @Test
    void missingAgentHasNoMetadataAndSaysWhy() {
        AgentRegistry reg = registry();
        AgentRef ref = AgentRef.parse("ocf:jcrm:NoSuchAgent");
        assertTrue(reg.metadata(ref).isEmpty());
        assertEquals("agent ocf:jcrm:NoSuchAgent not found", reg.metadataError(ref).orElseThrow());
    }

    @Test
    void malformedMetadataNamesAgentLineAndColumn() {
        MetadataException e = assertThrows(MetadataException.class, () ->
                new MetadataParser().parse("<?xml version=\"1.0\"?>\n<resource-agent name=\"x\">\n<oops>\n</resource-agent>", "ocf:t:x"));
        assertTrue(e.getMessage().startsWith("ocf:t:x: meta-data line 4 column"), e.getMessage());
    }

    @Test
    void registryListsClassesProvidersAndAgents() {
        AgentRegistry reg = registry();
        assertTrue(reg.classes().containsAll(List.of("ocf", "lsb", "service", "stonith")));
        assertTrue(reg.list("ocf", "jcrm").containsAll(List.of("Dummy", "Stateful", "anything")));
        assertTrue(reg.providers("Stateful").contains("jcrm"));
        assertTrue(reg.list("stonith", null).contains("fence_jcrm"));
        assertThrows(IllegalArgumentException.class, () -> reg.list("nosuch", null));
    }
}
