package dev.mrt.serde.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A Schema Registry over real HTTP for tests: the JDK's HttpServer serving the documented endpoints
 * with the registry's status codes and error bodies, backed by a {@link MockSchemaRegistry} scope.
 * Canned answers can be queued to simulate failures; every request is recorded.
 */
public final class FakeRegistryServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A canned answer served instead of the registry's, in queue order. */
    public record Canned(int status, String body, boolean hangs) {
        public static Canned status(int status, String body) {
            return new Canned(status, body, false);
        }

        /** Accepts the request and never answers (until the server closes). */
        public static Canned hang() {
            return new Canned(0, "", true);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final HttpServer server;
    private final MockSchemaRegistry registry;
    private final String scope;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Deque<Canned> canned = new ConcurrentLinkedDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private FakeRegistryServer(HttpServer server) {
        this.server = server;
        this.scope = "http-" + UUID.randomUUID();
        this.registry = MockSchemaRegistry.forScope(scope);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public static FakeRegistryServer start() throws IOException {
        return new FakeRegistryServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    public static FakeRegistryServer startTls(SSLContext context) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context));
        return new FakeRegistryServer(https);
    }

    public URI url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://localhost:" + server.getAddress().getPort());
    }

    public MockSchemaRegistry registry() {
        return registry;
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    public void enqueue(Canned answer) {
        canned.add(answer);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        MockSchemaRegistry.dropScope(scope);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            URI uri = exchange.getRequestURI();
            requests.add(new Recorded(
                    exchange.getRequestMethod(),
                    uri.getRawPath(),
                    uri.getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Canned next = canned.poll();
            if (next != null && next.hangs()) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            if (next != null) {
                send(exchange, next.status(), next.body());
                return;
            }
            try {
                send(exchange, 200, route(exchange.getRequestMethod(), uri, body));
            } catch (SchemaRegistryException e) {
                ObjectNode error =
                        JSON.createObjectNode().put("error_code", e.errorCode()).put("message", e.registryMessage());
                send(exchange, e.httpStatus(), error.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String route(String method, URI uri, String body) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String segment : uri.getRawPath().split("/")) {
            if (!segment.isEmpty()) {
                parts.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        boolean normalize = uri.getRawQuery() != null && uri.getRawQuery().contains("normalize=true");
        String route = method + " "
                + String.join(
                        "/",
                        parts.stream().map(p -> p.matches("\\d+") ? "#" : p).toList());
        if (method.equals("POST")
                && parts.size() == 3
                && parts.get(0).equals("subjects")
                && parts.get(2).equals("versions")) {
            return JSON.createObjectNode()
                    .put("id", registry.register(parts.get(1), schemaOf(body), normalize))
                    .toString();
        }
        if (method.equals("POST") && parts.size() == 2 && parts.get(0).equals("subjects")) {
            return registered(registry.lookup(parts.get(1), schemaOf(body), normalize));
        }
        if (method.equals("GET")
                && parts.size() == 3
                && parts.get(0).equals("schemas")
                && parts.get(1).equals("ids")) {
            return JSON.createObjectNode()
                    .put(
                            "schema",
                            registry.schemaById(Integer.parseInt(parts.get(2))).schema())
                    .toString();
        }
        if (method.equals("GET")
                && parts.size() == 3
                && parts.get(0).equals("schemas")
                && parts.get(1).equals("guids")) {
            return JSON.createObjectNode()
                    .put(
                            "schema",
                            registry.schemaByGuid(UUID.fromString(parts.get(2))).schema())
                    .toString();
        }
        if (method.equals("GET")
                && parts.size() == 4
                && parts.get(0).equals("subjects")
                && parts.get(3).equals("latest")) {
            return registered(registry.latestVersion(parts.get(1)));
        }
        if (method.equals("POST") && parts.size() == 5 && parts.get(0).equals("compatibility")) {
            CompatibilityCheck check = registry.testCompatibility(parts.get(2), schemaOf(body), normalize);
            ObjectNode answer = JSON.createObjectNode().put("is_compatible", check.compatible());
            check.messages().forEach(answer.putArray("messages")::add);
            return answer.toString();
        }
        if (parts.size() >= 1 && parts.get(0).equals("config")) {
            if (method.equals("GET")) {
                CompatibilityLevel level =
                        parts.size() == 1 ? registry.globalCompatibility() : registry.compatibility(parts.get(1));
                return JSON.createObjectNode()
                        .put("compatibilityLevel", level.name())
                        .toString();
            }
            if (method.equals("PUT")) {
                CompatibilityLevel requested;
                try {
                    requested = CompatibilityLevel.parse(
                            JSON.readTree(body).path("compatibility").asText());
                } catch (IllegalArgumentException e) {
                    throw new SchemaRegistryException(
                            422,
                            SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                            "Invalid compatibility level",
                            "PUT /config");
                }
                CompatibilityLevel level = parts.size() == 1
                        ? registry.updateGlobalCompatibility(requested)
                        : registry.updateCompatibility(parts.get(1), requested);
                return JSON.createObjectNode()
                        .put("compatibility", level.name())
                        .toString();
            }
        }
        throw new SchemaRegistryException(404, 404, "HTTP 404 Not Found: " + route, route);
    }

    private static SchemaText schemaOf(String body) throws IOException {
        JsonNode node = JSON.readTree(body);
        return new SchemaText(
                node.path("schema").asText(), node.path("schemaType").asText(null));
    }

    private static String registered(RegisteredSchema schema) {
        ObjectNode node = JSON.createObjectNode()
                .put("subject", schema.subject())
                .put("version", schema.version())
                .put("id", schema.id())
                .put("schema", schema.schema().schema());
        if (schema.guid() != null) {
            node.put("guid", schema.guid().toString());
        }
        return node.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
