package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A container {@code <bundle>}: a container runtime, network, storage and an optional primitive. */
@XmlRootElement(name = "bundle")
public class Bundle extends Resource {
    @Override
    public Bundle setId(String id) {
        super.setId(id);
        return this;
    }

    @Override
    public Bundle setDescription(String description) {
        super.setDescription(description);
        return this;
    }

    /** The Utilization children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Utilization> utilizations() {
        return childrenOf(Utilization.class);
    }

    /** The first Docker child, or null when there is none. */
    public Docker getDocker() {
        return firstOf(Docker.class);
    }

    /** Replaces the Docker child in place, or appends it when there is none; null removes it. */
    public void setDocker(Docker value) {
        setSingle(Docker.class, value);
    }

    /** The first Rkt child, or null when there is none. */
    public Rkt getRkt() {
        return firstOf(Rkt.class);
    }

    /** Replaces the Rkt child in place, or appends it when there is none; null removes it. */
    public void setRkt(Rkt value) {
        setSingle(Rkt.class, value);
    }

    /** The first Podman child, or null when there is none. */
    public Podman getPodman() {
        return firstOf(Podman.class);
    }

    /** Replaces the Podman child in place, or appends it when there is none; null removes it. */
    public void setPodman(Podman value) {
        setSingle(Podman.class, value);
    }

    /** The first BundleNetwork child, or null when there is none. */
    public BundleNetwork getNetwork() {
        return firstOf(BundleNetwork.class);
    }

    /** Replaces the BundleNetwork child in place, or appends it when there is none; null removes it. */
    public void setNetwork(BundleNetwork value) {
        setSingle(BundleNetwork.class, value);
    }

    /** The first BundleStorage child, or null when there is none. */
    public BundleStorage getStorage() {
        return firstOf(BundleStorage.class);
    }

    /** Replaces the BundleStorage child in place, or appends it when there is none; null removes it. */
    public void setStorage(BundleStorage value) {
        setSingle(BundleStorage.class, value);
    }

    /** The Primitive children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<Primitive> primitives() {
        return childrenOf(Primitive.class);
    }
}
