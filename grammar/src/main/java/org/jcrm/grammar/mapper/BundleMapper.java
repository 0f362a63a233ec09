package org.jcrm.grammar.mapper;

import org.jcrm.engine.cib.Bundle;
import org.jcrm.engine.cib.BundleNetwork;
import org.jcrm.engine.cib.BundleStorage;
import org.jcrm.engine.cib.ContainerRuntime;
import org.jcrm.engine.cib.Docker;
import org.jcrm.engine.cib.Podman;
import org.jcrm.engine.cib.PortMapping;
import org.jcrm.engine.cib.Rkt;
import org.jcrm.engine.cib.StorageMapping;
import org.jcrm.grammar.ast.BundleContainer;
import org.jcrm.grammar.ast.BundleDef;
import org.jcrm.grammar.ast.NvPair;

/**
 * Writes a bundle's container, network and storage sections as crmsh does: each bare
 * {@code port-mapping}/{@code storage-mapping} word opens a mapping that takes the pairs after it, and
 * mappings without an id get {@code BUNDLE-0}, {@code BUNDLE-1}, ... The bundle's meta sets and its
 * primitive are the caller's.
 */
final class BundleMapper {
    private final IdAllocator ids;

    BundleMapper(IdAllocator ids) {
        this.ids = ids;
    }

    void sections(BundleDef def, Bundle bundle) {
        for (BundleContainer section : def.containers()) {
            bundle.add(switch (section.kind()) {
                case "network" -> network(def, section);
                case "storage" -> storage(def, section);
                default -> runtime(def, section);
            });
        }
    }

    private ContainerRuntime runtime(BundleDef def, BundleContainer section) {
        ContainerRuntime runtime = switch (section.kind()) {
            case "rkt" -> new Rkt();
            case "podman" -> new Podman();
            default -> new Docker();
        };
        for (NvPair pair : section.pairs()) {
            switch (pair.name()) {
                case "image" -> runtime.setImage(pair.value());
                case "replicas" -> runtime.setReplicas(pair.value());
                case "replicas-per-host" -> runtime.setReplicasPerHost(pair.value());
                case "promoted-max" -> runtime.setPromotedMax(pair.value());
                case "masters" -> runtime.setMasters(pair.value());
                case "run-command" -> runtime.setRunCommand(pair.value());
                case "network" -> runtime.setNetwork(pair.value());
                case "options" -> runtime.setOptions(pair.value());
                default -> throw unknown(def, section, pair);
            }
        }
        return runtime;
    }

    private BundleNetwork network(BundleDef def, BundleContainer section) {
        BundleNetwork network = new BundleNetwork();
        PortMapping mapping = null;
        for (NvPair pair : section.pairs()) {
            if (pair.name().equals("port-mapping") && pair.value() == null) {
                mapping = network.add(new PortMapping());
                continue;
            }
            if (mapping != null) {
                switch (pair.name()) {
                    case "id" -> mapping.setId(pair.value());
                    case "port" -> mapping.setPort(pair.value());
                    case "internal-port" -> mapping.setInternalPort(pair.value());
                    case "range" -> mapping.setRange(pair.value());
                    default -> throw unknown(def, section, pair);
                }
                continue;
            }
            switch (pair.name()) {
                case "ip-range-start" -> network.setIpRangeStart(pair.value());
                case "control-port" -> network.setControlPort(pair.value());
                case "host-interface" -> network.setHostInterface(pair.value());
                case "host-netmask" -> network.setHostNetmask(pair.value());
                case "add-host" -> network.setAddHost(pair.value());
                default -> throw unknown(def, section, pair);
            }
        }
        for (PortMapping m : network.portMappings()) {
            if (m.getId() == null) {
                m.setId(ids.next(def.id()));
            }
        }
        return network;
    }

    private BundleStorage storage(BundleDef def, BundleContainer section) {
        BundleStorage storage = new BundleStorage();
        StorageMapping mapping = null;
        for (NvPair pair : section.pairs()) {
            if (pair.name().equals("storage-mapping") && pair.value() == null) {
                mapping = storage.add(new StorageMapping());
                continue;
            }
            if (mapping == null) {
                throw unknown(def, section, pair);
            }
            switch (pair.name()) {
                case "id" -> mapping.setId(pair.value());
                case "source-dir" -> mapping.setSourceDir(pair.value());
                case "source-dir-root" -> mapping.setSourceDirRoot(pair.value());
                case "target-dir" -> mapping.setTargetDir(pair.value());
                case "options" -> mapping.setOptions(pair.value());
                default -> throw unknown(def, section, pair);
            }
        }
        for (StorageMapping m : storage.storageMappings()) {
            if (m.getId() == null) {
                m.setId(ids.next(def.id()));
            }
        }
        return storage;
    }

    private static CibMappingException unknown(BundleDef def, BundleContainer section, NvPair pair) {
        return new CibMappingException(pair.pos() != null ? pair.pos() : section.pos(), "bundle " + def.id()
                + ": '" + pair.name() + "' is not an attribute of " + section.kind());
    }

}
