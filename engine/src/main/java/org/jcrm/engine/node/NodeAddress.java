package org.jcrm.engine.node;

/** One member of the node list: its name and the address its cluster transport listens on. */
public record NodeAddress(String name, String host, int port) {

    /** Parses {@code host:port} as written in the cluster file and on the command line. */
    public static NodeAddress parse(String name, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("node " + name + ": expected HOST:PORT, got '" + hostPort + "'");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("node " + name + ": port is not a number in '" + hostPort + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("node " + name + ": port " + port + " out of range");
        }
        return new NodeAddress(name, hostPort.substring(0, colon), port);
    }

    /** The {@code host:port} form written in the cluster file. */
    public String hostPort() {
        return host + ":" + port;
    }
}
