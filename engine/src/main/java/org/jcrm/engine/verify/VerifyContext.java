package org.jcrm.engine.verify;

/** What a rule may consult: the CIB document and the agent catalog. */
public record VerifyContext(CibDocument cib, AgentCatalog agents) {
}
