package dev.mrt.serde.registry;

/** No registry URL gave an answer (connection refused, timeout, TLS failure) after every retry. */
public final class RegistryUnreachableException extends SchemaRegistryException {

    public RegistryUnreachableException(String message, String request, Throwable cause) {
        super(message, request, cause);
    }
}
