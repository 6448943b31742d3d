package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Credentials never reach logs, exception messages or toString, whatever path they came in by. */
class SecretRedactionTest {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
    }

    @Test
    void no_secret_in_logs_errors_or_descriptions() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        Map<String, Object> userInfo = Map.of(
                "schema.registry.url",
                "http://localhost:" + deadPort,
                "basic.auth.credentials.source",
                "USER_INFO",
                "basic.auth.user.info",
                "alice:pw-USERINFO",
                "max.retries",
                1,
                "retries.wait.ms",
                0);
        Map<String, Object> inUrl = Map.of(
                "schema.registry.url",
                "http://bob:pw-URL@localhost:" + deadPort,
                "max.retries",
                1,
                "retries.wait.ms",
                0);
        Map<String, Object> bearer = Map.of(
                "schema.registry.url",
                "http://localhost:" + deadPort,
                "bearer.auth.token",
                "pw-TOKEN",
                "max.retries",
                1,
                "retries.wait.ms",
                0,
                "schema.registry.ssl.truststore.password",
                "pw-TRUSTSTORE");
        Schema schema = new Schema.Parser().parse("""
                {"type":"record","name":"Q","fields":[{"name":"s","type":"string"}]}""");
        GenericData.Record record = new GenericData.Record(schema);
        record.put("s", "x");

        StringBuilder everything = new StringBuilder();
        for (Map<String, Object> config : new Map[] {userInfo, inUrl, bearer}) {
            GenericAvroSerde serde = AvroSerdes.generic(false, config);
            Throwable error = catchThrowable(() -> serde.serializer().serialize("quotes", record));
            assertThat(error).isInstanceOf(AvroSerdeException.class);
            everything
                    .append(error.getMessage())
                    .append(error.getCause().getMessage())
                    .append(AvroSerdeConfig.from(config));
        }
        logs.list.forEach(
                event -> everything.append(event.getFormattedMessage()).append('\n'));

        assertThat(logs.list).isNotEmpty();
        assertThat(everything.toString())
                .contains("alice")
                .contains("unreachable")
                .doesNotContain("pw-USERINFO")
                .doesNotContain("pw-URL")
                .doesNotContain("pw-TOKEN")
                .doesNotContain("pw-TRUSTSTORE");
    }
}
