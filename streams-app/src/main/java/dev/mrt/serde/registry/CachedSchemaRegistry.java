package dev.mrt.serde.registry;

import java.time.Duration;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.apache.avro.Schema;

/**
 * The serdes' view of the registry: Avro schemas in, ids out, and back, remembered in both
 * directions so that after the first record of a kind no registry call is made.
 *
 * <p>Caches, each bounded by the same capacity: (subject, schema) to id; id to schema; GUID to
 * schema; subject to latest version, which alone expires (after {@code latestTtl}, when set),
 * because only "latest" can change behind our back; ids are immutable in the registry.
 */
public final class CachedSchemaRegistry implements AutoCloseable {

    private record SubjectSchema(String subject, Schema schema) {}

    private record Expiring(LatestSchema latest, long loadedAtNanos) {}

    private final SchemaRegistryClient client;
    private final Duration latestTtl;
    private final LongSupplier nanoClock;
    private final BoundedCache<SubjectSchema, Integer> idsBySubjectSchema;
    private final BoundedCache<Integer, Schema> schemasById;
    private final BoundedCache<UUID, Schema> schemasByGuid;
    private final BoundedCache<String, Expiring> latestBySubject;

    public CachedSchemaRegistry(SchemaRegistryClient client, int capacity) {
        this(client, capacity, null, System::nanoTime);
    }

    /**
     * @param latestTtl how long a fetched "latest version" is trusted; null = until evicted
     *                  (Confluent's {@code latest.cache.ttl.sec=-1})
     */
    public CachedSchemaRegistry(SchemaRegistryClient client, int capacity, Duration latestTtl, LongSupplier nanoClock) {
        this.client = client;
        this.latestTtl = latestTtl;
        this.nanoClock = nanoClock;
        this.idsBySubjectSchema = new BoundedCache<>(capacity);
        this.schemasById = new BoundedCache<>(capacity);
        this.schemasByGuid = new BoundedCache<>(capacity);
        this.latestBySubject = new BoundedCache<>(capacity);
    }

    /**
     * The id of {@code schema} under {@code subject}: registered when {@code autoRegister}, else
     * looked up (a 40403 then means "not registered").
     */
    public int idFor(String subject, Schema schema, boolean autoRegister, boolean normalize) {
        return idsBySubjectSchema.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            SchemaText text = SchemaText.avro(schema.toString());
            int id = autoRegister
                    ? client.register(subject, text, normalize)
                    : client.lookup(subject, text, normalize).id();
            // Our own records read back through the same registry need no GET /schemas/ids.
            schemasById.put(id, schema);
            return id;
        });
    }

    /** {@code GET /schemas/ids/{id}}, once per id. */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, key -> parseAvro(client.schemaById(key), "schema id " + key));
    }

    /** {@code GET /schemas/guids/{guid}}, once per GUID. */
    public Schema schemaByGuid(UUID guid) {
        return schemasByGuid.computeIfAbsent(guid, key -> parseAvro(client.schemaByGuid(key), "schema GUID " + key));
    }

    /** The subject's latest version, re-fetched after the TTL. */
    public LatestSchema latest(String subject) {
        Expiring cached = latestBySubject.get(subject);
        if (cached != null && !expired(cached)) {
            return cached.latest();
        }
        if (cached != null) {
            latestBySubject.remove(subject);
        }
        RegisteredSchema registered = client.latestVersion(subject);
        Schema schema = parseAvro(registered.schema(), "latest version of subject " + subject);
        LatestSchema latest = new LatestSchema(subject, registered.version(), registered.id(), schema);
        schemasById.put(latest.id(), schema);
        return latestBySubject
                .put(subject, new Expiring(latest, nanoClock.getAsLong()))
                .latest();
    }

    public SchemaRegistryClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "CachedSchemaRegistry[" + client + "]";
    }

    private boolean expired(Expiring entry) {
        return latestTtl != null && nanoClock.getAsLong() - entry.loadedAtNanos() >= latestTtl.toNanos();
    }

    private static Schema parseAvro(SchemaText text, String what) {
        if (!text.isAvro()) {
            throw new IllegalArgumentException(
                    what + " is a " + text.schemaType() + " schema; these serdes read AVRO only");
        }
        return SchemaIdentity.parse(text.schema());
    }
}
