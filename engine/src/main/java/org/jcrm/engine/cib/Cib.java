package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The document root {@code <cib>}: version counters, schema and the configuration and status sections. */
@XmlRootElement(name = "cib")
public class Cib extends CibElement {
    /** The crm_feature_set attribute as written, or null when absent. */
    public String getCrmFeatureSet() {
        return attribute("crm_feature_set");
    }

    /** Sets the crm_feature_set attribute; null removes it. */
    public Cib setCrmFeatureSet(String crmFeatureSet) {
        putAttribute("crm_feature_set", crmFeatureSet);
        return this;
    }

    /** The validate-with attribute as written, or null when absent. */
    public String getValidateWith() {
        return attribute("validate-with");
    }

    /** Sets the validate-with attribute; null removes it. */
    public Cib setValidateWith(String validateWith) {
        putAttribute("validate-with", validateWith);
        return this;
    }

    /** The epoch attribute as written, or null when absent. */
    public String getEpoch() {
        return attribute("epoch");
    }

    /** Sets the epoch attribute; null removes it. */
    public Cib setEpoch(String epoch) {
        putAttribute("epoch", epoch);
        return this;
    }

    /** The num_updates attribute as written, or null when absent. */
    public String getNumUpdates() {
        return attribute("num_updates");
    }

    /** Sets the num_updates attribute; null removes it. */
    public Cib setNumUpdates(String numUpdates) {
        putAttribute("num_updates", numUpdates);
        return this;
    }

    /** The admin_epoch attribute as written, or null when absent. */
    public String getAdminEpoch() {
        return attribute("admin_epoch");
    }

    /** Sets the admin_epoch attribute; null removes it. */
    public Cib setAdminEpoch(String adminEpoch) {
        putAttribute("admin_epoch", adminEpoch);
        return this;
    }

    /** The have-quorum attribute as written, or null when absent. */
    public String getHaveQuorum() {
        return attribute("have-quorum");
    }

    /** Sets the have-quorum attribute; null removes it. */
    public Cib setHaveQuorum(String haveQuorum) {
        putAttribute("have-quorum", haveQuorum);
        return this;
    }

    /** The dc-uuid attribute as written, or null when absent. */
    public String getDcUuid() {
        return attribute("dc-uuid");
    }

    /** Sets the dc-uuid attribute; null removes it. */
    public Cib setDcUuid(String dcUuid) {
        putAttribute("dc-uuid", dcUuid);
        return this;
    }

    /** The cib-last-written attribute as written, or null when absent. */
    public String getCibLastWritten() {
        return attribute("cib-last-written");
    }

    /** Sets the cib-last-written attribute; null removes it. */
    public Cib setCibLastWritten(String cibLastWritten) {
        putAttribute("cib-last-written", cibLastWritten);
        return this;
    }

    /** The execution-date attribute as written, or null when absent. */
    public String getExecutionDate() {
        return attribute("execution-date");
    }

    /** Sets the execution-date attribute; null removes it. */
    public Cib setExecutionDate(String executionDate) {
        putAttribute("execution-date", executionDate);
        return this;
    }

    /** The update-origin attribute as written, or null when absent. */
    public String getUpdateOrigin() {
        return attribute("update-origin");
    }

    /** Sets the update-origin attribute; null removes it. */
    public Cib setUpdateOrigin(String updateOrigin) {
        putAttribute("update-origin", updateOrigin);
        return this;
    }

    /** The update-client attribute as written, or null when absent. */
    public String getUpdateClient() {
        return attribute("update-client");
    }

    /** Sets the update-client attribute; null removes it. */
    public Cib setUpdateClient(String updateClient) {
        putAttribute("update-client", updateClient);
        return this;
    }

    /** The update-user attribute as written, or null when absent. */
    public String getUpdateUser() {
        return attribute("update-user");
    }

    /** Sets the update-user attribute; null removes it. */
    public Cib setUpdateUser(String updateUser) {
        putAttribute("update-user", updateUser);
        return this;
    }

    /** The no-quorum-panic attribute as written, or null when absent. */
    public String getNoQuorumPanic() {
        return attribute("no-quorum-panic");
    }

    /** Sets the no-quorum-panic attribute; null removes it. */
    public Cib setNoQuorumPanic(String noQuorumPanic) {
        putAttribute("no-quorum-panic", noQuorumPanic);
        return this;
    }

    /** The remote-tls-port attribute as written, or null when absent. */
    public String getRemoteTlsPort() {
        return attribute("remote-tls-port");
    }

    /** Sets the remote-tls-port attribute; null removes it. */
    public Cib setRemoteTlsPort(String remoteTlsPort) {
        putAttribute("remote-tls-port", remoteTlsPort);
        return this;
    }

    /** The remote-clear-port attribute as written, or null when absent. */
    public String getRemoteClearPort() {
        return attribute("remote-clear-port");
    }

    /** Sets the remote-clear-port attribute; null removes it. */
    public Cib setRemoteClearPort(String remoteClearPort) {
        putAttribute("remote-clear-port", remoteClearPort);
        return this;
    }

    /** The first Configuration child, or null when there is none. */
    public Configuration getConfiguration() {
        return firstOf(Configuration.class);
    }

    /** Replaces the Configuration child in place, or appends it when there is none; null removes it. */
    public void setConfiguration(Configuration value) {
        setSingle(Configuration.class, value);
    }

    /** The first Status child, or null when there is none. */
    public Status getStatus() {
        return firstOf(Status.class);
    }

    /** Replaces the Status child in place, or appends it when there is none; null removes it. */
    public void setStatus(Status value) {
        setSingle(Status.class, value);
    }

    /** The schema {@code cibadmin --empty} names in validate-with (Pacemaker 2.1.5). */
    public static final String CURRENT_SCHEMA = "pacemaker-3.9";

    /** The CRM feature set of Pacemaker 2.1.5. */
    public static final String FEATURE_SET = "3.16.1";

    /**
     * The document {@code cibadmin --empty} prints: counters 0.1.0, the current schema and feature
     * set, empty crm_config, nodes, resources and constraints, and an empty status.
     */
    public static Cib empty() {
        Cib cib = new Cib().setCrmFeatureSet(FEATURE_SET).setValidateWith(CURRENT_SCHEMA)
                .setEpoch("1").setNumUpdates("0").setAdminEpoch("0");
        Configuration configuration = cib.add(new Configuration());
        configuration.add(new CrmConfig());
        configuration.add(new Nodes());
        configuration.add(new Resources());
        configuration.add(new Constraints());
        cib.add(new Status());
        return cib;
    }

    /** The element of the configuration section with this id, searched depth first. */
    public Optional<CibElement> findById(String id) {
        Configuration configuration = getConfiguration();
        if (configuration == null || id == null) {
            return Optional.empty();
        }
        CibElement[] found = new CibElement[1];
        configuration.walk(element -> {
            if (found[0] == null && element instanceof Identified identified && id.equals(identified.getId())) {
                found[0] = element;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** The configuration element with this id when it is of the given class. */
    public <T> Optional<T> findById(String id, Class<T> type) {
        return findById(id).filter(type::isInstance).map(type::cast);
    }

    /**
     * The top-level resources in document order, templates left out (they only lend definitions to
     * primitives); empty when there is no resources section.
     */
    public List<Resource> topResources() {
        Resources resources = getConfiguration() == null ? null : getConfiguration().getResources();
        if (resources == null) {
            return List.of();
        }
        return resources.childrenOf(Resource.class).stream().filter(r -> !(r instanceof Template)).toList();
    }

    /**
     * Every configured resource, depth first in document order: each top-level resource followed by
     * the resources inside it (group members, cloned and bundled resources).
     */
    public List<Resource> allResources() {
        List<Resource> all = new ArrayList<>();
        for (Resource top : topResources()) {
            collect(top, all);
        }
        return all;
    }

    private static void collect(Resource resource, List<Resource> into) {
        into.add(resource);
        for (Resource child : resource.childResources()) {
            collect(child, into);
        }
    }

    /** The configured nodes in document order. */
    public List<Node> nodes() {
        Nodes nodes = getConfiguration() == null ? null : getConfiguration().getNodes();
        return nodes == null ? List.of() : nodes.nodes();
    }

    /** The configured node with this uname. */
    public Optional<Node> nodeByUname(String uname) {
        return nodes().stream().filter(node -> uname.equals(node.getUname())).findFirst();
    }

    /** The configured node with this id. */
    public Optional<Node> nodeById(String id) {
        return nodes().stream().filter(node -> id.equals(node.getId())).findFirst();
    }

    /** The status entries of all nodes in document order. */
    public List<NodeState> nodeStates() {
        return getStatus() == null ? List.of() : getStatus().nodeStates();
    }

    /** The status entry of the node with this uname. */
    public Optional<NodeState> nodeStateByUname(String uname) {
        return nodeStates().stream().filter(state -> uname.equals(state.getUname())).findFirst();
    }

    /** The status entry of the node with this id. */
    public Optional<NodeState> nodeStateById(String id) {
        return nodeStates().stream().filter(state -> id.equals(state.getId())).findFirst();
    }
}
