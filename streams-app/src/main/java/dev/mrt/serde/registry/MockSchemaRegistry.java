package dev.mrt.serde.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;

/**
 * The in-process registry behind {@code schema.registry.url=mock://scope}.
 *
 * <p>One instance per scope, shared by every client in the JVM that names the scope, as
 * Confluent's mock is. It keeps the real registry's rules: ids start at 1 and are shared by equal
 * schemas across subjects; re-registering an existing schema returns its id without a new version;
 * a new version must pass the subject's compatibility level (global default BACKWARD), checked with
 * Avro's {@code SchemaCompatibility}, else HTTP 409; invalid schemas get 42201, unknown subjects
 * 40401, unknown schemas 40403.
 *
 * <p>GUIDs are name-based UUIDs of the schema's canonical text: stable, and equal schemas share one.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

    private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final String scope;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, Integer> idsByCanonical = new HashMap<>();
    private final Map<Integer, Stored> schemasById = new HashMap<>();
    private final Map<UUID, Integer> idsByGuid = new HashMap<>();
    private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int nextId = 1;

    private record Stored(int id, Schema schema, String text, UUID guid) {}

    private MockSchemaRegistry(String scope) {
        this.scope = scope;
    }

    /** The registry of a scope, created on first use. */
    public static MockSchemaRegistry forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, MockSchemaRegistry::new);
    }

    /** Forgets a scope, so tests can start from an empty registry. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    public String scope() {
        return scope;
    }

    /** Number of registry operations served so far: each one stands for an HTTP request. */
    public long requestCount() {
        return requests.get();
    }

    @Override
    public synchronized int register(String subject, SchemaText text, boolean normalize) {
        String request = "POST /subjects/" + subject + "/versions";
        requests.incrementAndGet();
        Schema schema = parse(text, request);
        List<Integer> versions = versionsBySubject.getOrDefault(subject, List.of());
        Integer existing = idsByCanonical.get(identityKey(schema, normalize));
        if (existing != null && versions.contains(existing)) {
            return existing;
        }
        CompatibilityLevel level = levelFor(subject);
        List<String> problems = AvroCompatibilityChecker.incompatibilities(level, schema, schemasOf(versions));
        if (!problems.isEmpty()) {
            throw new SchemaRegistryException(
                    409,
                    SchemaRegistryException.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                            + "\", details: " + problems + ", compatibility: " + level,
                    request);
        }
        int id = existing != null ? existing : store(schema);
        versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, SchemaText text, boolean normalize) {
        String request = "POST /subjects/" + subject;
        requests.incrementAndGet();
        Schema schema = parse(text, request);
        List<Integer> versions = versionsOrThrow(subject, request);
        Integer id = idsByCanonical.get(identityKey(schema, normalize));
        int index = id == null ? -1 : versions.indexOf(id);
        if (index < 0) {
            throw new SchemaRegistryException(
                    404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found", request);
        }
        return registered(subject, index);
    }

    @Override
    public synchronized SchemaText schemaById(int id) {
        requests.incrementAndGet();
        Stored stored = schemasById.get(id);
        if (stored == null) {
            throw new SchemaRegistryException(
                    404,
                    SchemaRegistryException.SCHEMA_NOT_FOUND,
                    "Schema " + id + " not found",
                    "GET /schemas/ids/" + id);
        }
        return SchemaText.avro(stored.text());
    }

    @Override
    public synchronized SchemaText schemaByGuid(UUID guid) {
        requests.incrementAndGet();
        Integer id = idsByGuid.get(guid);
        if (id == null) {
            throw new SchemaRegistryException(
                    404,
                    SchemaRegistryException.SCHEMA_NOT_FOUND,
                    "Schema " + guid + " not found",
                    "GET /schemas/guids/" + guid);
        }
        return SchemaText.avro(schemasById.get(id).text());
    }

    @Override
    public synchronized RegisteredSchema latestVersion(String subject) {
        String request = "GET /subjects/" + subject + "/versions/latest";
        requests.incrementAndGet();
        List<Integer> versions = versionsOrThrow(subject, request);
        return registered(subject, versions.size() - 1);
    }

    @Override
    public synchronized CompatibilityCheck testCompatibility(String subject, SchemaText text, boolean normalize) {
        String request = "POST /compatibility/subjects/" + subject + "/versions/latest";
        requests.incrementAndGet();
        Schema schema = parse(text, request);
        List<Integer> versions = versionsOrThrow(subject, request);
        // Against "latest" the registry checks that one version even for transitive levels.
        List<Schema> latest = schemasOf(versions.subList(versions.size() - 1, versions.size()));
        List<String> problems = AvroCompatibilityChecker.incompatibilities(levelFor(subject), schema, latest);
        return new CompatibilityCheck(problems.isEmpty(), problems);
    }

    @Override
    public synchronized CompatibilityLevel compatibility(String subject) {
        requests.incrementAndGet();
        return levelFor(subject);
    }

    @Override
    public synchronized CompatibilityLevel globalCompatibility() {
        requests.incrementAndGet();
        return globalLevel;
    }

    @Override
    public synchronized CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level) {
        requests.incrementAndGet();
        subjectLevels.put(subject, level);
        return level;
    }

    @Override
    public synchronized CompatibilityLevel updateGlobalCompatibility(CompatibilityLevel level) {
        requests.incrementAndGet();
        globalLevel = level;
        return level;
    }

    @Override
    public void close() {
        // Shared by every client of the scope: closing one client must not empty it.
    }

    @Override
    public String toString() {
        return "MockSchemaRegistry[mock://" + scope + "]";
    }

    private CompatibilityLevel levelFor(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private int store(Schema schema) {
        int id = nextId++;
        UUID guid = UUID.nameUUIDFromBytes(schema.toString().getBytes(StandardCharsets.UTF_8));
        schemasById.put(id, new Stored(id, schema, schema.toString(), guid));
        // Both forms point at the id, so a later normalized lookup finds a schema registered plain.
        idsByCanonical.putIfAbsent(identityKey(schema, false), id);
        idsByCanonical.putIfAbsent(identityKey(schema, true), id);
        idsByGuid.putIfAbsent(guid, id);
        return id;
    }

    private static String identityKey(Schema schema, boolean normalize) {
        return (normalize ? "normalized:" : "plain:") + SchemaIdentity.canonical(schema, normalize);
    }

    private RegisteredSchema registered(String subject, int index) {
        Stored stored = schemasById.get(versionsBySubject.get(subject).get(index));
        return new RegisteredSchema(subject, index + 1, stored.id(), SchemaText.avro(stored.text()), stored.guid());
    }

    private List<Integer> versionsOrThrow(String subject, String request) {
        List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException(
                    404, SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.", request);
        }
        return versions;
    }

    private List<Schema> schemasOf(List<Integer> ids) {
        List<Schema> schemas = new ArrayList<>(ids.size());
        for (Integer id : ids) {
            schemas.add(schemasById.get(id).schema());
        }
        return schemas;
    }

    private static Schema parse(SchemaText text, String request) {
        if (!text.isAvro()) {
            throw new SchemaRegistryException(
                    422,
                    SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema type " + text.schemaType() + ": this registry holds AVRO only",
                    request);
        }
        try {
            return SchemaIdentity.parse(text.schema());
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException(
                    422,
                    SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema " + text.schema() + ", details: " + e.getMessage(),
                    request);
        }
    }
}
