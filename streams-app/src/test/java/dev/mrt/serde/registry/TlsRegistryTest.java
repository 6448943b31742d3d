package dev.mrt.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.AvroSerdeConfig;
import dev.mrt.serde.AvroSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An https registry whose self-signed certificate is trusted through the trust store settings only. */
class TlsRegistryTest {

    private static final String QUOTE = """
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"}]}""";

    @TempDir
    static Path dir;

    private static FakeRegistryServer server;
    private static Path trustStore;

    @BeforeAll
    static void startHttpsRegistry() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        trustStore = dir.resolve("trust.jks");
        keytool(
                "-genkeypair",
                "-alias",
                "registry",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore",
                keyStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "server-pass");
        keytool(
                "-exportcert",
                "-alias",
                "registry",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                "server-pass",
                "-file",
                certificate.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "registry",
                "-file",
                certificate.toString(),
                "-keystore",
                trustStore.toString(),
                "-storetype",
                "JKS",
                "-storepass",
                "trust-pass");
        server = FakeRegistryServer.startTls(serverContext(keyStore, "server-pass"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void trusts_the_registry_through_the_configured_trust_store() {
        var registry = AvroSerdes.newRegistry(AvroSerdeConfig.from(Map.of(
                SerdeSetting.SCHEMA_REGISTRY_URL.key(),
                server.url().toString(),
                SerdeSetting.SSL_TRUSTSTORE_LOCATION.key(),
                trustStore.toString(),
                SerdeSetting.SSL_TRUSTSTORE_PASSWORD.key(),
                "trust-pass",
                SerdeSetting.SSL_TRUSTSTORE_TYPE.key(),
                "JKS")));

        int id = registry.idFor("quotes-value", new Schema.Parser().parse(QUOTE), true, false);

        assertThat(server.url().getScheme()).isEqualTo("https");
        assertThat(id).isEqualTo(1);
        assertThat(server.registry().latestVersion("quotes-value").id()).isEqualTo(1);
    }

    @Test
    void an_untrusted_certificate_fails_at_once_without_retries() {
        List<Duration> sleeps = new ArrayList<>();
        HttpSchemaRegistryClient client =
                new HttpSchemaRegistryClient(HttpRegistrySettings.of(List.of(server.url())), sleeps::add);

        RegistryUnreachableException error =
                catchThrowableOfType(RegistryUnreachableException.class, () -> client.globalCompatibility());

        assertThat(error.getMessage())
                .contains("TLS failure")
                .contains(server.url().toString());
        assertThat(sleeps).isEmpty();
    }

    private static SSLContext serverContext(Path keyStore, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
