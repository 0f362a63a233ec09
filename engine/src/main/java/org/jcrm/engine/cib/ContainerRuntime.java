package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;

/** The container runtime settings of a bundle ({@code docker}, {@code rkt} or {@code podman}). */
@XmlTransient
public abstract class ContainerRuntime extends CibElement {
    @XmlAttribute(name = "image")
    private String image;

    @XmlAttribute(name = "replicas")
    private String replicas;

    @XmlAttribute(name = "replicas-per-host")
    private String replicasPerHost;

    @XmlAttribute(name = "promoted-max")
    private String promotedMax;

    @XmlAttribute(name = "masters")
    private String masters;

    @XmlAttribute(name = "run-command")
    private String runCommand;

    @XmlAttribute(name = "network")
    private String network;

    @XmlAttribute(name = "options")
    private String options;

    /** The image attribute as written, or null when absent. */
    public String getImage() {
        return image;
    }

    /** Sets the image attribute; null removes it. */
    public ContainerRuntime setImage(String image) {
        this.image = image;
        return this;
    }

    /** The replicas attribute as written, or null when absent. */
    public String getReplicas() {
        return replicas;
    }

    /** Sets the replicas attribute; null removes it. */
    public ContainerRuntime setReplicas(String replicas) {
        this.replicas = replicas;
        return this;
    }

    /** The replicas-per-host attribute as written, or null when absent. */
    public String getReplicasPerHost() {
        return replicasPerHost;
    }

    /** Sets the replicas-per-host attribute; null removes it. */
    public ContainerRuntime setReplicasPerHost(String replicasPerHost) {
        this.replicasPerHost = replicasPerHost;
        return this;
    }

    /** The promoted-max attribute as written, or null when absent. */
    public String getPromotedMax() {
        return promotedMax;
    }

    /** Sets the promoted-max attribute; null removes it. */
    public ContainerRuntime setPromotedMax(String promotedMax) {
        this.promotedMax = promotedMax;
        return this;
    }

    /** The masters attribute as written, or null when absent. */
    public String getMasters() {
        return masters;
    }

    /** Sets the masters attribute; null removes it. */
    public ContainerRuntime setMasters(String masters) {
        this.masters = masters;
        return this;
    }

    /** The run-command attribute as written, or null when absent. */
    public String getRunCommand() {
        return runCommand;
    }

    /** Sets the run-command attribute; null removes it. */
    public ContainerRuntime setRunCommand(String runCommand) {
        this.runCommand = runCommand;
        return this;
    }

    /** The network attribute as written, or null when absent. */
    public String getNetwork() {
        return network;
    }

    /** Sets the network attribute; null removes it. */
    public ContainerRuntime setNetwork(String network) {
        this.network = network;
        return this;
    }

    /** The options attribute as written, or null when absent. */
    public String getOptions() {
        return options;
    }

    /** Sets the options attribute; null removes it. */
    public ContainerRuntime setOptions(String options) {
        this.options = options;
        return this;
    }
}
