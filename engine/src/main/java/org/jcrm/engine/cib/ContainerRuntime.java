package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlTransient;

/** The container runtime settings of a bundle ({@code docker}, {@code rkt} or {@code podman}). */
@XmlTransient
public abstract class ContainerRuntime extends CibElement {
    /** The image attribute as written, or null when absent. */
    public String getImage() {
        return attribute("image");
    }

    /** Sets the image attribute; null removes it. */
    public ContainerRuntime setImage(String image) {
        putAttribute("image", image);
        return this;
    }

    /** The replicas attribute as written, or null when absent. */
    public String getReplicas() {
        return attribute("replicas");
    }

    /** Sets the replicas attribute; null removes it. */
    public ContainerRuntime setReplicas(String replicas) {
        putAttribute("replicas", replicas);
        return this;
    }

    /** The replicas-per-host attribute as written, or null when absent. */
    public String getReplicasPerHost() {
        return attribute("replicas-per-host");
    }

    /** Sets the replicas-per-host attribute; null removes it. */
    public ContainerRuntime setReplicasPerHost(String replicasPerHost) {
        putAttribute("replicas-per-host", replicasPerHost);
        return this;
    }

    /** The promoted-max attribute as written, or null when absent. */
    public String getPromotedMax() {
        return attribute("promoted-max");
    }

    /** Sets the promoted-max attribute; null removes it. */
    public ContainerRuntime setPromotedMax(String promotedMax) {
        putAttribute("promoted-max", promotedMax);
        return this;
    }

    /** The masters attribute as written, or null when absent. */
    public String getMasters() {
        return attribute("masters");
    }

    /** Sets the masters attribute; null removes it. */
    public ContainerRuntime setMasters(String masters) {
        putAttribute("masters", masters);
        return this;
    }

    /** The run-command attribute as written, or null when absent. */
    public String getRunCommand() {
        return attribute("run-command");
    }

    /** Sets the run-command attribute; null removes it. */
    public ContainerRuntime setRunCommand(String runCommand) {
        putAttribute("run-command", runCommand);
        return this;
    }

    /** The network attribute as written, or null when absent. */
    public String getNetwork() {
        return attribute("network");
    }

    /** Sets the network attribute; null removes it. */
    public ContainerRuntime setNetwork(String network) {
        putAttribute("network", network);
        return this;
    }

    /** The options attribute as written, or null when absent. */
    public String getOptions() {
        return attribute("options");
    }

    /** Sets the options attribute; null removes it. */
    public ContainerRuntime setOptions(String options) {
        putAttribute("options", options);
        return this;
    }
}
