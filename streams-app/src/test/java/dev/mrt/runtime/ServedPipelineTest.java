package dev.mrt.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.config.AppConfig;
import dev.mrt.testing.TestConfigs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServedPipelineTest {

    @Test
    void applicationServerIsTheBoundHttpAddressUnlessConfigured() {
        AppConfig local = TestConfigs.local(Map.of("http.host", "127.0.0.1", "http.port", "0"));
        assertThat(ServedPipeline.withApplicationServer(local, 41234)
                        .kafkaOverrides()
                        .get("application.server"))
                .isEqualTo("127.0.0.1:41234");

        AppConfig configured = TestConfigs.local(Map.of("kafka.application.server", "app-1.internal:8080"));
        assertThat(ServedPipeline.withApplicationServer(configured, 8080)
                        .kafkaOverrides()
                        .get("application.server"))
                .isEqualTo("app-1.internal:8080");
    }

    @Test
    void aWildcardBindAddressIsAdvertisedAsThisMachinesName() {
        assertThat(ServedPipeline.advertisedHost("0.0.0.0"))
                .isNotEqualTo("0.0.0.0")
                .isNotBlank();
        assertThat(ServedPipeline.advertisedHost("::")).isNotEqualTo("::");
        assertThat(ServedPipeline.advertisedHost("10.1.2.3")).isEqualTo("10.1.2.3");
    }
}
