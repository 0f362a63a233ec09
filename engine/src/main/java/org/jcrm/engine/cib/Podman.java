package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The {@code <podman>} container runtime settings of a bundle. */
@XmlRootElement(name = "podman")
public class Podman extends ContainerRuntime {
    @Override
    public Podman setImage(String image) {
        super.setImage(image);
        return this;
    }

    @Override
    public Podman setReplicas(String replicas) {
        super.setReplicas(replicas);
        return this;
    }

    @Override
    public Podman setReplicasPerHost(String replicasPerHost) {
        super.setReplicasPerHost(replicasPerHost);
        return this;
    }

    @Override
    public Podman setPromotedMax(String promotedMax) {
        super.setPromotedMax(promotedMax);
        return this;
    }

    @Override
    public Podman setMasters(String masters) {
        super.setMasters(masters);
        return this;
    }

    @Override
    public Podman setRunCommand(String runCommand) {
        super.setRunCommand(runCommand);
        return this;
    }

    @Override
    public Podman setNetwork(String network) {
        super.setNetwork(network);
        return this;
    }

    @Override
    public Podman setOptions(String options) {
        super.setOptions(options);
        return this;
    }
}
