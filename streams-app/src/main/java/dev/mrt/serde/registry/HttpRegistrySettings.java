package dev.mrt.serde.registry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the HTTP client needs besides the URL list's order.
 *
 * @param urls       base URLs, tried in order with failover; no credentials inside (see {@link RegistryAuth})
 * @param trustStore empty to use the JVM's default trust
 */
public record HttpRegistrySettings(
        List<URI> urls,
        RegistryAuth auth,
        Optional<TrustStore> trustStore,
        Duration connectTimeout,
        Duration readTimeout,
        RetryPolicy retry) {

    public HttpRegistrySettings {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one registry URL is needed");
        }
        urls = List.copyOf(urls);
    }

    public static HttpRegistrySettings of(List<URI> urls) {
        return new HttpRegistrySettings(
                urls,
                RegistryAuth.NONE,
                Optional.empty(),
                Duration.ofSeconds(60),
                Duration.ofSeconds(60),
                RetryPolicy.DEFAULT);
    }

    public HttpRegistrySettings withAuth(RegistryAuth newAuth) {
        return new HttpRegistrySettings(urls, newAuth, trustStore, connectTimeout, readTimeout, retry);
    }

    public HttpRegistrySettings withTrustStore(TrustStore store) {
        return new HttpRegistrySettings(urls, auth, Optional.of(store), connectTimeout, readTimeout, retry);
    }

    public HttpRegistrySettings withTimeouts(Duration connect, Duration read) {
        return new HttpRegistrySettings(urls, auth, trustStore, connect, read, retry);
    }

    public HttpRegistrySettings withRetry(RetryPolicy policy) {
        return new HttpRegistrySettings(urls, auth, trustStore, connectTimeout, readTimeout, policy);
    }
}
