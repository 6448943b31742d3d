package dev.mrt.docker;

import com.fasterxml.jackson.databind.JsonNode;

record PortBinding(String spec, String hostIp, String hostPort, int containerPort) {
    static PortBinding parse(JsonNode node) {
        if (node.isObject()) {
            return new PortBinding(
                    node.toString(),
                    node.path("host_ip").asText(""),
                    node.path("published").asText(""),
                    node.path("target").asInt());
        }
        String spec = node.asText();
        String[] parts = spec.replaceFirst("/(tcp|udp)$", "").split(":");
        return switch (parts.length) {
            case 1 -> new PortBinding(spec, "", "", Integer.parseInt(parts[0]));
            case 2 -> new PortBinding(spec, "", parts[0], Integer.parseInt(parts[1]));
            case 3 -> new PortBinding(spec, parts[0], parts[1], Integer.parseInt(parts[2]));
            default -> throw new AssertionError("port binding not understood: " + spec);
        };
    }
}
