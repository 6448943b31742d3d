package dev.mrt.serde.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The trust store that verifies the registry's TLS certificate
 * ({@code schema.registry.ssl.truststore.location/password/type}).
 *
 * @param password null when the store has none; never printed
 */
public record TrustStore(Path location, String password, String type) {

    public SSLContext sslContext() {
        try (InputStream in = Files.newInputStream(location)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "Cannot load trust store " + location + " of type " + type + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TrustStore[location=" + location + ", type=" + type + ", password="
                + (password == null ? "none" : "[hidden]") + "]";
    }
}
