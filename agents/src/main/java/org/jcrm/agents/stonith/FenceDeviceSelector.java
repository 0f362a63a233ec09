package org.jcrm.agents.stonith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the fence devices that can fence a node, honouring each device's {@code pcmk_host_check}:
 * {@code static-list} (the node is in {@code pcmk_host_list} or a key of {@code pcmk_host_map}),
 * {@code dynamic-list} (the node is in what the device's {@code list} action prints), {@code status}
 * (the device's {@code status} for the node's plug does not say unreachable) or {@code none} (every
 * node). Without the parameter, static-list applies when a host list or map is set, dynamic-list
 * otherwise. Devices come back in the order given.
 */
public final class FenceDeviceSelector {

    /** Asks a device what it can reach; implemented by running the agent's list and status. */
    public interface DeviceProbe {
        /** The plugs/hosts the device lists, or empty when it cannot list. */
        Optional<Set<String>> list(FenceDevice device) throws InterruptedException;

        /** Whether the device can reach {@code plug} (status said on or off). */
        boolean reachable(FenceDevice device, String plug) throws InterruptedException;
    }

    private final DeviceProbe probe;

    public FenceDeviceSelector(DeviceProbe probe) {
        this.probe = probe;
    }

    /** The devices among {@code devices} that can fence {@code node}. */
    public List<FenceDevice> devicesFor(String node, List<FenceDevice> devices) throws InterruptedException {
        List<FenceDevice> chosen = new ArrayList<>();
        for (FenceDevice d : devices) {
            if (canFence(d, node)) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    /** Whether {@code device} can fence {@code node}, by its host check. */
    public boolean canFence(FenceDevice device, String node) throws InterruptedException {
        String check = hostCheck(device);
        return switch (check) {
            case "none" -> true;
            case "static-list" -> hostList(device).contains(node) || hostMap(device).containsKey(node);
            case "dynamic-list" -> {
                Optional<Set<String>> listed = probe.list(device);
                yield listed.isPresent() ? listed.get().contains(plugFor(device, node))
                        || listed.get().contains(node) : probe.reachable(device, plugFor(device, node));
            }
            case "status" -> probe.reachable(device, plugFor(device, node));
            default -> throw new IllegalArgumentException("fence device " + device.id()
                    + ": unknown pcmk_host_check '" + check + "'");
        };
    }

    /** The device's effective host check mode. */
    public static String hostCheck(FenceDevice device) {
        String explicit = device.parameters().get("pcmk_host_check");
        if (explicit != null && !explicit.isBlank()) {
            return explicit.strip();
        }
        boolean hasStatic = !device.param("pcmk_host_list", "").isBlank()
                || !device.param("pcmk_host_map", "").isBlank();
        return hasStatic ? "static-list" : "dynamic-list";
    }

    /** The plug the device knows {@code node} by: its pcmk_host_map entry, else the node name. */
    public static String plugFor(FenceDevice device, String node) {
        return hostMap(device).getOrDefault(node, node);
    }

    /** {@code pcmk_host_list}: node names separated by spaces, commas or semicolons. */
    public static List<String> hostList(FenceDevice device) {
        return Arrays.stream(device.param("pcmk_host_list", "").split("[\\s,;]+"))
                .filter(s -> !s.isEmpty()).toList();
    }

    /** {@code pcmk_host_map}: {@code node:plug} (or {@code node=plug}) entries separated by ; , or spaces. */
    public static Map<String, String> hostMap(FenceDevice device) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : device.param("pcmk_host_map", "").split("[\\s,;]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int sep = entry.indexOf(':') >= 0 ? entry.indexOf(':') : entry.indexOf('=');
            if (sep <= 0 || sep == entry.length() - 1) {
                throw new IllegalArgumentException("fence device " + device.id()
                        + ": bad pcmk_host_map entry '" + entry + "' (expected node:plug)");
            }
            map.put(entry.substring(0, sep), entry.substring(sep + 1));
        }
        return map;
    }
}
