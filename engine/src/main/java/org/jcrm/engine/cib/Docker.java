package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The {@code <docker>} container runtime settings of a bundle. */
@XmlRootElement(name = "docker")
public class Docker extends ContainerRuntime {
    @Override
    public Docker setImage(String image) {
        super.setImage(image);
        return this;
    }

    @Override
    public Docker setReplicas(String replicas) {
        super.setReplicas(replicas);
        return this;
    }

    @Override
    public Docker setReplicasPerHost(String replicasPerHost) {
        super.setReplicasPerHost(replicasPerHost);
        return this;
    }

    @Override
    public Docker setPromotedMax(String promotedMax) {
        super.setPromotedMax(promotedMax);
        return this;
    }

    @Override
    public Docker setMasters(String masters) {
        super.setMasters(masters);
        return this;
    }

    @Override
    public Docker setRunCommand(String runCommand) {
        super.setRunCommand(runCommand);
        return this;
    }

    @Override
    public Docker setNetwork(String network) {
        super.setNetwork(network);
        return this;
    }

    @Override
    public Docker setOptions(String options) {
        super.setOptions(options);
        return this;
    }
}
