package dev.mrt.serde.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.time.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's REST API over {@code java.net.http}.
 *
 * <p>Failover: each round tries every URL once, starting with the last one that answered, and moves
 * on after a connection error, a timeout or a 5xx. Between rounds it backs off exponentially
 * ({@link RetryPolicy}). A 4xx is the registry's final word and is never retried. TLS failures are
 * not transient either: they skip the backoff rounds.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    /** The registry's versioned media type, for request bodies and {@code Accept}. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    static final String ACCEPT =
            CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpRegistrySettings settings;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final AtomicInteger preferredUrl = new AtomicInteger();

    public HttpSchemaRegistryClient(HttpRegistrySettings settings) {
        this(settings, Sleeper.REAL);
    }

    public HttpSchemaRegistryClient(HttpRegistrySettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        settings.trustStore().ifPresent(store -> builder.sslContext(store.sslContext()));
        this.http = builder.build();
        LOG.info(
                "Schema Registry client for {} (auth {}, trust store {})",
                settings.urls(),
                settings.auth(),
                settings.trustStore().map(Object::toString).orElse("JVM default"));
    }

    @Override
    public int register(String subject, SchemaText schema, boolean normalize) {
        JsonNode answer = call(
                "POST", "/subjects/" + segment(subject) + "/versions" + normalizeQuery(normalize), schemaBody(schema));
        return requiredInt(answer, "id");
    }

    @Override
    public RegisteredSchema lookup(String subject, SchemaText schema, boolean normalize) {
        return registeredSchema(
                call("POST", "/subjects/" + segment(subject) + normalizeQuery(normalize), schemaBody(schema)));
    }

    @Override
    public SchemaText schemaById(int id) {
        return schemaText(call("GET", "/schemas/ids/" + id, null));
    }

    @Override
    public SchemaText schemaByGuid(UUID guid) {
        return schemaText(call("GET", "/schemas/guids/" + guid, null));
    }

    @Override
    public RegisteredSchema latestVersion(String subject) {
        return registeredSchema(call("GET", "/subjects/" + segment(subject) + "/versions/latest", null));
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, SchemaText schema, boolean normalize) {
        String query = "?verbose=true" + (normalize ? "&normalize=true" : "");
        JsonNode answer = call(
                "POST", "/compatibility/subjects/" + segment(subject) + "/versions/latest" + query, schemaBody(schema));
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        return new CompatibilityCheck(answer.path("is_compatible").asBoolean(false), messages);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return level(call("GET", "/config/" + segment(subject) + "?defaultToGlobal=true", null));
    }

    @Override
    public CompatibilityLevel globalCompatibility() {
        return level(call("GET", "/config", null));
    }

    @Override
    public CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level) {
        return level(call("PUT", "/config/" + segment(subject), levelBody(level)));
    }

    @Override
    public CompatibilityLevel updateGlobalCompatibility(CompatibilityLevel level) {
        return level(call("PUT", "/config", levelBody(level)));
    }

    @Override
    public void close() {
        // java.net.http.HttpClient releases its resources when unreachable; nothing to do on Java 17.
    }

    @Override
    public String toString() {
        return "HttpSchemaRegistryClient" + settings.urls() + " auth " + settings.auth();
    }

    private JsonNode call(String method, String pathAndQuery, String body) {
        String request = method + " " + pathAndQuery;
        List<URI> urls = settings.urls();
        RetryPolicy retry = settings.retry();
        Exception lastFailure = null;
        SchemaRegistryException lastServerError = null;
        for (int round = 0; round <= retry.maxRetries(); round++) {
            if (round > 0) {
                pause(retry.delayBeforeRetry(round - 1), request);
            }
            int start = preferredUrl.get();
            for (int i = 0; i < urls.size(); i++) {
                int index = (start + i) % urls.size();
                URI base = urls.get(index);
                try {
                    HttpResponse<String> response = http.send(
                            httpRequest(base, method, pathAndQuery, body),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        preferredUrl.set(index);
                        return parse(response.body(), request);
                    }
                    SchemaRegistryException error = errorOf(status, response.body(), request);
                    if (!error.isRetriable()) {
                        preferredUrl.set(index);
                        throw error;
                    }
                    LOG.warn(
                            "Schema Registry {} answered {} to {}: {}", base, status, request, error.registryMessage());
                    lastServerError = error;
                } catch (IOException e) {
                    if (isTlsFailure(e)) {
                        throw new RegistryUnreachableException(
                                "TLS failure talking to Schema Registry " + base + " for " + request + ": "
                                        + e.getMessage(),
                                request,
                                e);
                    }
                    LOG.warn("Schema Registry {} unreachable for {}: {}", base, request, e.toString());
                    lastFailure = e;
                    lastServerError = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RegistryUnreachableException(
                            "Interrupted while calling Schema Registry for " + request, request, e);
                }
            }
        }
        if (lastServerError != null) {
            throw lastServerError;
        }
        throw new RegistryUnreachableException(
                "Schema Registry unreachable at " + urls + " for " + request + " after " + (retry.maxRetries() + 1)
                        + " round(s): " + lastFailure,
                request,
                lastFailure);
    }

    private void pause(java.time.Duration delay, String request) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnreachableException(
                    "Interrupted while backing off before retrying " + request, request, e);
        }
    }

    private HttpRequest httpRequest(URI base, String method, String pathAndQuery, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stripSlash(base.toString()) + pathAndQuery))
                .timeout(settings.readTimeout())
                .header("Accept", ACCEPT);
        settings.auth().authorizationHeader().ifPresent(value -> builder.header("Authorization", value));
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static SchemaRegistryException errorOf(int status, String body, String request) {
        int code = status;
        String message = body == null ? "" : body;
        try {
            JsonNode node = JSON.readTree(message);
            if (node != null && node.isObject()) {
                code = node.path("error_code").asInt(status);
                message = node.path("message").asText(message);
            }
        } catch (JsonProcessingException notJson) {
            // A proxy in front of the registry may answer with HTML; keep its text, shortened.
            message = message.length() > 500 ? message.substring(0, 500) + "..." : message;
        }
        return new SchemaRegistryException(status, code, message, request);
    }

    private static JsonNode parse(String body, String request) {
        try {
            return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(200, -1, "Unreadable answer: " + e.getOriginalMessage(), request);
        }
    }

    private static String schemaBody(SchemaText schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema.schema());
        if (!schema.isAvro()) {
            // The registry assumes AVRO when the type is absent; older registries reject the field.
            body.put("schemaType", schema.schemaType());
        }
        return body.toString();
    }

    private static String levelBody(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibility", level.name()).toString();
    }

    private static SchemaText schemaText(JsonNode node) {
        return new SchemaText(
                node.path("schema").asText(), node.path("schemaType").asText(null));
    }

    private static RegisteredSchema registeredSchema(JsonNode node) {
        String guid = node.path("guid").asText(null);
        return new RegisteredSchema(
                node.path("subject").asText(),
                node.path("version").asInt(),
                requiredInt(node, "id"),
                schemaText(node),
                guid == null ? null : UUID.fromString(guid));
    }

    private static CompatibilityLevel level(JsonNode node) {
        JsonNode level = node.has("compatibilityLevel") ? node.get("compatibilityLevel") : node.get("compatibility");
        if (level == null) {
            throw new SchemaRegistryException(200, -1, "Answer has no compatibility level: " + node, "config");
        }
        return CompatibilityLevel.parse(level.asText());
    }

    private static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException(200, -1, "Answer has no '" + field + "': " + node, field);
        }
        return value.intValue();
    }

    private static boolean isTlsFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private static String normalizeQuery(boolean normalize) {
        return normalize ? "?normalize=true" : "";
    }

    /** Percent-encodes one path segment; subjects may hold any character, including '/'. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
