package dev.mrt.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mrt.serde.registry.FakeRegistryServer.Canned;
import dev.mrt.serde.registry.FakeRegistryServer.Recorded;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryClientTest {

    private static final String V1 = """
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"}]}""";
    private static final String V2_OPTIONAL = """
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"},
             {"name":"venue","type":["null","string"],"default":null}]}""";
    private static final String V2_REQUIRED = """
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"},
             {"name":"price","type":"double"}]}""";

    private FakeRegistryServer server;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = FakeRegistryServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpSchemaRegistryClient client(HttpRegistrySettings settings) {
        return new HttpSchemaRegistryClient(settings, sleeps::add);
    }

    private HttpRegistrySettings settings(URI... urls) {
        return HttpRegistrySettings.of(List.of(urls))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(250)))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void every_endpoint_uses_the_documented_method_path_and_content_type() {
        HttpSchemaRegistryClient client = client(settings(server.url()));

        int id = client.register("quotes-value", SchemaText.avro(V1), false);
        RegisteredSchema found = client.lookup("quotes-value", SchemaText.avro(V1), true);
        SchemaText byId = client.schemaById(id);
        SchemaText byGuid = client.schemaByGuid(found.guid());
        RegisteredSchema latest = client.latestVersion("quotes-value");
        CompatibilityCheck check = client.testCompatibility("quotes-value", SchemaText.avro(V2_OPTIONAL), false);
        CompatibilityLevel updated = client.updateCompatibility("quotes-value", CompatibilityLevel.FULL);
        CompatibilityLevel subjectLevel = client.compatibility("quotes-value");
        CompatibilityLevel global = client.globalCompatibility();
        CompatibilityLevel globalUpdated = client.updateGlobalCompatibility(CompatibilityLevel.NONE);

        assertThat(id).isEqualTo(1);
        assertThat(found)
                .extracting(RegisteredSchema::subject, RegisteredSchema::version, RegisteredSchema::id)
                .containsExactly("quotes-value", 1, 1);
        assertThat(byId.schema()).contains("\"name\":\"Quote\"");
        assertThat(byGuid).isEqualTo(byId);
        assertThat(latest.version()).isEqualTo(1);
        assertThat(check.compatible()).isTrue();
        assertThat(updated).isEqualTo(CompatibilityLevel.FULL);
        assertThat(subjectLevel).isEqualTo(CompatibilityLevel.FULL);
        assertThat(global).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(globalUpdated).isEqualTo(CompatibilityLevel.NONE);

        List<Recorded> requests = server.requests();
        assertThat(requests)
                .extracting(r -> r.method() + " " + r.path() + (r.query() == null ? "" : "?" + r.query()))
                .containsExactly(
                        "POST /subjects/quotes-value/versions",
                        "POST /subjects/quotes-value?normalize=true",
                        "GET /schemas/ids/1",
                        "GET /schemas/guids/" + found.guid(),
                        "GET /subjects/quotes-value/versions/latest",
                        "POST /compatibility/subjects/quotes-value/versions/latest?verbose=true",
                        "PUT /config/quotes-value",
                        "GET /config/quotes-value?defaultToGlobal=true",
                        "GET /config",
                        "PUT /config");
        for (Recorded request : requests) {
            assertThat(request.header("Accept")).startsWith(HttpSchemaRegistryClient.CONTENT_TYPE);
            if (!request.body().isEmpty()) {
                assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
            }
        }
        assertThat(requests.get(0).body()).startsWith("{\"schema\":").doesNotContain("schemaType");
        assertThat(requests.get(6).body()).isEqualTo("{\"compatibility\":\"FULL\"}");
    }

    @Test
    void subjects_are_percent_encoded_as_one_path_segment() {
        HttpSchemaRegistryClient client = client(settings(server.url()));

        client.register("odd subject/with slash", SchemaText.avro(V1), false);

        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/odd%20subject%2Fwith%20slash/versions");
        assertThat(server.registry().latestVersion("odd subject/with slash").id())
                .isEqualTo(1);
    }

    @Test
    void retries_5xx_with_exponential_backoff_then_succeeds() {
        server.enqueue(Canned.status(503, "{\"error_code\":50003,\"message\":\"Error while forwarding the request\"}"));
        server.enqueue(Canned.status(500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}"));
        server.enqueue(Canned.status(502, "<html>bad gateway</html>"));
        HttpSchemaRegistryClient client = client(settings(server.url()));

        int id = client.register("quotes-value", SchemaText.avro(V1), false);

        assertThat(id).isEqualTo(1);
        assertThat(server.requests()).hasSize(4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void gives_up_after_max_retries_with_the_registry_error() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(
                    Canned.status(500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}"));
        }
        HttpSchemaRegistryClient client = client(settings(server.url()));

        SchemaRegistryException error = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(1));

        assertThat(error.httpStatus()).isEqualTo(500);
        assertThat(error.errorCode()).isEqualTo(50001);
        assertThat(error.getMessage())
                .contains("Error in the backend data store")
                .contains("GET /schemas/ids/1");
        assertThat(server.requests()).hasSize(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void never_retries_a_4xx() {
        HttpSchemaRegistryClient client = client(settings(server.url()));

        SchemaRegistryException error =
                catchThrowableOfType(SchemaRegistryException.class, () -> client.latestVersion("missing-value"));

        assertThat(error.httpStatus()).isEqualTo(404);
        assertThat(error.errorCode()).isEqualTo(40401);
        assertThat(error.registryMessage()).isEqualTo("Subject 'missing-value' not found.");
        assertThat(server.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void incompatible_and_invalid_schemas_come_back_as_409_and_42201() {
        HttpSchemaRegistryClient client = client(settings(server.url()));
        client.register("quotes-value", SchemaText.avro(V1), false);

        SchemaRegistryException incompatible = catchThrowableOfType(
                SchemaRegistryException.class,
                () -> client.register("quotes-value", SchemaText.avro(V2_REQUIRED), false));
        SchemaRegistryException invalid = catchThrowableOfType(
                SchemaRegistryException.class,
                () -> client.register(
                        "quotes-value", SchemaText.avro("{\"type\":\"record\",\"name\":\"Broken\"}"), false));

        assertThat(incompatible.httpStatus()).isEqualTo(409);
        assertThat(incompatible.errorCode()).isEqualTo(409);
        assertThat(incompatible.registryMessage()).contains("incompatible").contains("price");
        assertThat(invalid.httpStatus()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo(42201);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void compatibility_check_reports_the_messages() {
        HttpSchemaRegistryClient client = client(settings(server.url()));
        client.register("quotes-value", SchemaText.avro(V1), false);

        CompatibilityCheck check = client.testCompatibility("quotes-value", SchemaText.avro(V2_REQUIRED), false);

        assertThat(check.compatible()).isFalse();
        assertThat(check.messages())
                .anySatisfy(m -> assertThat(m)
                        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                        .contains("price"));
    }

    @Test
    void sends_basic_auth_credentials() {
        HttpSchemaRegistryClient client = client(settings(server.url()).withAuth(RegistryAuth.basic("alice:s3cret")));

        client.register("quotes-value", SchemaText.avro(V1), false);

        String expected =
                "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo(expected);
        assertThat(client.toString()).contains("alice").doesNotContain("s3cret");
    }

    @Test
    void sends_a_bearer_token() {
        HttpSchemaRegistryClient client = client(settings(server.url()).withAuth(RegistryAuth.bearer("tok-123")));

        client.globalCompatibility();

        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(client.toString()).doesNotContain("tok-123");
    }

    @Test
    void fails_over_to_the_second_url_and_stays_there() throws IOException {
        URI down = deadUrl();
        HttpSchemaRegistryClient client = client(settings(down, server.url()));

        int id = client.register("quotes-value", SchemaText.avro(V1), false);
        SchemaText schema = client.schemaById(id);

        assertThat(schema.schema()).contains("Quote");
        assertThat(server.requests()).hasSize(2);
        assertThat(sleeps).as("failover within a round needs no backoff").isEmpty();
    }

    @Test
    void all_urls_down_is_reported_as_unreachable_after_the_retries() throws IOException {
        HttpSchemaRegistryClient client = client(settings(deadUrl(), deadUrl()));

        RegistryUnreachableException error =
                catchThrowableOfType(RegistryUnreachableException.class, () -> client.schemaById(7));

        assertThat(error.getMessage())
                .contains("unreachable")
                .contains("GET /schemas/ids/7")
                .contains("4 round(s)");
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void a_read_timeout_is_retried() {
        server.enqueue(Canned.hang());
        HttpSchemaRegistryClient client =
                client(settings(server.url()).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));

        int id = client.register("quotes-value", SchemaText.avro(V1), false);

        assertThat(id).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100));
    }

    /** A URL on a port nothing listens on: connections are refused at once. */
    private static URI deadUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://localhost:" + socket.getLocalPort());
        }
    }
}
