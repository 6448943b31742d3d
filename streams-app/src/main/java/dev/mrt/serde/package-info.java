/**
 * Confluent-compatible Avro serdes and a Schema Registry client, implemented from Confluent's
 * documented protocol (Confluent's jars are not available to this build).
 *
 * <h2>Getting a serde</h2>
 * <ul>
 *   <li>{@code AvroSerdes.specific(EnrichedArticle.class, false, config)}: a configured
 *       {@link dev.mrt.serde.SpecificAvroSerde} for one topic's values ({@code true} for keys).</li>
 *   <li>{@code new SharedRegistrySerdes(config)::valueSerde}: every serde of a run sharing one
 *       registry client and cache; fits the topology's {@code SerdeFactory}.</li>
 *   <li>{@link dev.mrt.serde.GenericAvroSerde}, {@link dev.mrt.serde.AvroSerializer},
 *       {@link dev.mrt.serde.AvroDeserializer}: for GenericRecords and configure-by-class-name.</li>
 * </ul>
 * {@code config} is a map with Confluent's keys; {@link dev.mrt.config.SerdeSetting} defines them
 * (type, default, meaning) and {@link dev.mrt.serde.AvroSerdeConfig} parses them. Unrelated keys
 * are ignored, so the whole application configuration may be passed.
 *
 * <h2>Wire format</h2>
 * Written: {@code 0x00}, the 4-byte big-endian schema id, the Avro binary encoding. Read: that, or
 * the header form of Confluent Platform 8.1+: header {@code __value_schema_id} (or
 * {@code __key_schema_id}) holding {@code 0x01} + a 16-byte schema GUID (what Confluent's
 * {@code HeaderSchemaIdSerializer} writes; resolved with {@code GET /schemas/guids/{guid}}) or
 * {@code 0x00} + a 4-byte id, with a bare Avro payload. A present header wins over the payload.
 * See {@link dev.mrt.serde.ConfluentWireFormat}.
 *
 * <h2>Errors</h2>
 * Every failure is an {@link dev.mrt.serde.AvroSerdeException} (a Kafka
 * {@code SerializationException}, so Kafka Streams hands it to the deserialization or production
 * exception handler, which dead-letters the original bytes) naming topic, key/value, subject,
 * schema id and the registry's error code and message: {@link dev.mrt.serde.WrongMagicByteException},
 * {@link dev.mrt.serde.TruncatedPayloadException}, {@link dev.mrt.serde.UnknownSchemaException},
 * {@link dev.mrt.serde.IncompatibleSchemaException}, or the base class for other registry and
 * encoding failures.
 *
 * <h2>May use</h2>
 * {@code serde.registry}, {@code config} (its {@code SerdeSetting}s), Avro, Kafka's serialization
 * API. Nothing else of the application: the topologies and runtime use it.
 */
package dev.mrt.serde;
