/**
 * The Schema Registry REST contract ({@link dev.mrt.serde.registry.SchemaRegistryClient}), over
 * HTTP ({@link dev.mrt.serde.registry.HttpSchemaRegistryClient}: failover across URLs, retries with
 * exponential backoff on 5xx and transport errors but never on 4xx, basic or bearer auth, trust
 * store) and in process ({@link dev.mrt.serde.registry.MockSchemaRegistry} for {@code mock://scope},
 * with the real registry's ids, versions, compatibility levels and error codes), plus the caches
 * the serdes use ({@link dev.mrt.serde.registry.CachedSchemaRegistry}).
 *
 * <p>May use: {@code time} (the backoff's {@code Sleeper}), Jackson, the JDK's HTTP client, Avro
 * (schema text and compatibility), SLF4J. Nothing else of the application.
 */
package dev.mrt.serde.registry;
