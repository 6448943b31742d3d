package dev.mrt.serde.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How requests to the registry authenticate. Every {@code toString} hides the secret, so settings
 * can be logged.
 */
public sealed interface RegistryAuth {

    /** The value of the {@code Authorization} header, if any. */
    Optional<String> authorizationHeader();

    RegistryAuth NONE = new None();

    static RegistryAuth basic(String userInfo) {
        return new Basic(userInfo);
    }

    static RegistryAuth bearer(String token) {
        return new Bearer(token);
    }

    /** No authentication. */
    record None() implements RegistryAuth {
        @Override
        public Optional<String> authorizationHeader() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /** HTTP basic: {@code user:password}, as in {@code basic.auth.user.info}. */
    record Basic(String userInfo) implements RegistryAuth {
        public Basic {
            if (userInfo == null || !userInfo.contains(":")) {
                throw new IllegalArgumentException("basic auth user info must look like user:password");
            }
        }

        public String user() {
            return userInfo.substring(0, userInfo.indexOf(':'));
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of(
                    "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "basic(user=" + user() + ", password=[hidden])";
        }
    }

    /** A static bearer token, as in {@code bearer.auth.token}. */
    record Bearer(String token) implements RegistryAuth {
        public Bearer {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("bearer token is empty");
            }
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("Bearer " + token);
        }

        @Override
        public String toString() {
            return "bearer(token=[hidden])";
        }
    }
}
