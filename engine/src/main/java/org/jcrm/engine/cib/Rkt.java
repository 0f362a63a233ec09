package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** The {@code <rkt>} container runtime settings of a bundle. */
@XmlRootElement(name = "rkt")
public class Rkt extends ContainerRuntime {
    @Override
    public Rkt setImage(String image) {
        super.setImage(image);
        return this;
    }

    @Override
    public Rkt setReplicas(String replicas) {
        super.setReplicas(replicas);
        return this;
    }

    @Override
    public Rkt setReplicasPerHost(String replicasPerHost) {
        super.setReplicasPerHost(replicasPerHost);
        return this;
    }

    @Override
    public Rkt setPromotedMax(String promotedMax) {
        super.setPromotedMax(promotedMax);
        return this;
    }

    @Override
    public Rkt setMasters(String masters) {
        super.setMasters(masters);
        return this;
    }

    @Override
    public Rkt setRunCommand(String runCommand) {
        super.setRunCommand(runCommand);
        return this;
    }

    @Override
    public Rkt setNetwork(String network) {
        super.setNetwork(network);
        return this;
    }

    @Override
    public Rkt setOptions(String options) {
        super.setOptions(options);
        return this;
    }
}
