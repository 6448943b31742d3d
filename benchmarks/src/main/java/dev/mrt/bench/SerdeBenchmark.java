package dev.mrt.bench;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.Provenance;
import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.AvroSerdes;
import dev.mrt.serde.SpecificAvroSerde;
import dev.mrt.serde.registry.MockSchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Confluent-framed Avro serialize + deserialize of a ~2 KB {@link EnrichedArticle}, schema ids
 * cached after the first record (mock:// registry): operations/s per thread = records/s per thread.
 * Goal: >= 200k records/s per thread. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar SerdeBenchmark -f 1 -wi 2 -i 3 -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 3)
// Only the plain-Avro baselines need this: Avro 1.12 loads generated classes by name only from trusted packages.
@Fork(value = 1, jvmArgsAppend = "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.mrt.avro")
public class SerdeBenchmark {

    private static final String TOPIC = "reactions.enriched.v1";
    private static final String SCOPE = "serde-benchmark";

    private SpecificAvroSerde<EnrichedArticle> serde;
    private EnrichedArticle article;
    private byte[] serialized;
    private long registryCallsAfterWarmUp;
    private SpecificDatumWriter<EnrichedArticle> plainWriter;
    private SpecificDatumReader<EnrichedArticle> plainReader;
    private BinaryEncoder plainEncoder;
    private BinaryDecoder plainDecoder;
    private final ByteArrayOutputStream plainOut = new ByteArrayOutputStream(4096);

    @Setup(Level.Trial)
    public void setUp() {
        serde = AvroSerdes.specific(
                EnrichedArticle.class, false, Map.of(SerdeSetting.SCHEMA_REGISTRY_URL.key(), "mock://" + SCOPE));
        article = article(2048);
        serialized = serde.serializer().serialize(TOPIC, article);
        serde.deserializer().deserialize(TOPIC, serialized);
        registryCallsAfterWarmUp = MockSchemaRegistry.forScope(SCOPE).requestCount();
        plainWriter = new SpecificDatumWriter<>(EnrichedArticle.class);
        plainReader = new SpecificDatumReader<>(EnrichedArticle.class);
        if (serialized.length < 1900 || serialized.length > 2200) {
            throw new IllegalStateException("record is " + serialized.length + " bytes, not about 2 KB");
        }
    }

    @TearDown(Level.Trial)
    public void checkNoRegistryCalls() {
        long calls = MockSchemaRegistry.forScope(SCOPE).requestCount() - registryCallsAfterWarmUp;
        MockSchemaRegistry.dropScope(SCOPE);
        if (calls != 0) {
            throw new IllegalStateException(calls + " registry calls during the measurement; expected none");
        }
    }

    /**
     * Records per second of this thread's own CPU time, printed after each iteration beside JMH's
     * wall-clock score: on a machine shared with other work the wall clock also counts the time
     * the thread waited for a core.
     */
    @State(Scope.Thread)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private long calls;
        private long cpuAtStart;

        @Setup(Level.Iteration)
        public void start() {
            calls = 0;
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
            System.out.printf(
                    "  [%,.0f records per CPU-second of the benchmark thread]%n",
                    cpuNanos <= 0 ? 0.0 : calls * 1e9 / cpuNanos);
        }
    }

    /** One record out and back in: the cost per record of a pass-through topology. */
    @Benchmark
    public EnrichedArticle serializeAndDeserialize(CpuTime cpu) {
        cpu.calls++;
        byte[] bytes = serde.serializer().serialize(TOPIC, article);
        return serde.deserializer().deserialize(TOPIC, bytes);
    }

    @Benchmark
    public byte[] serialize(CpuTime cpu) {
        cpu.calls++;
        return serde.serializer().serialize(TOPIC, article);
    }

    @Benchmark
    public EnrichedArticle deserialize(CpuTime cpu) {
        cpu.calls++;
        return serde.deserializer().deserialize(TOPIC, serialized);
    }

    /** Baseline: Avro alone, no framing, no registry, reused encoder and decoder. */
    @Benchmark
    public EnrichedArticle plainAvroSerializeAndDeserialize(CpuTime cpu) throws IOException {
        cpu.calls++;
        plainOut.reset();
        plainEncoder = EncoderFactory.get().binaryEncoder(plainOut, plainEncoder);
        plainWriter.write(article, plainEncoder);
        plainEncoder.flush();
        byte[] bytes = plainOut.toByteArray();
        plainDecoder = DecoderFactory.get().binaryDecoder(bytes, plainDecoder);
        return plainReader.read(null, plainDecoder);
    }

    /** The seed story's tags, with the title padded so that the framed record is about {@code bytes} long. */
    static EnrichedArticle article(int bytes) {
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setArticleId("bbg-2021-09-10-biden-xi")
                .setTitle("Asian stocks rise after Biden-Xi call")
                .setSource("Bloomberg")
                .setUrl("https://example.com/news/biden-xi-call")
                .setArticleVersion(1L)
                .setPoliticalEvents(List.of(EventTag.newBuilder()
                        .setId("e1")
                        .setType("diplomacy.leader_call")
                        .setActors(List.of("Joe Biden", "Xi Jinping"))
                        .setCountries(List.of("CN", "US"))
                        .setEventDate(LocalDate.of(2021, 9, 9))
                        .setConfidence(0.93)
                        .setEvidence(new Evidence(0, 70, "Biden and Xi held a call on Thursday night"))
                        .build()))
                .setMarketNotes(List.of(
                        NoteTag.newBuilder()
                                .setId("n1")
                                .setAsset("UST_YIELDS")
                                .setDirection("up")
                                .setMagnitude("small")
                                .setModality("realized")
                                .setCountries(List.of("US"))
                                .setConfidence(0.88)
                                .setEvidence(new Evidence(
                                        400,
                                        470,
                                        "Treasuries drifted lower, with yields rising modestly across the curve"))
                                .build(),
                        NoteTag.newBuilder()
                                .setId("n2")
                                .setAsset("USDCNH")
                                .setDirection("down")
                                .setMagnitude("unspecified")
                                .setModality("expected")
                                .setAttribution("Mark Cranfield")
                                .setCountries(List.of("CN", "US"))
                                .setConfidence(0.74)
                                .setEvidence(
                                        new Evidence(500, 560, "the dollar could head lower against the offshore yuan"))
                                .build()))
                .setLinks(List.of(
                        new LinkTag("e1", "n1", "explicit_reference", 0.8),
                        new LinkTag("e1", "n2", "explicit_reference", 0.7)))
                .setTags(List.of("us-china", "rates", "fx", "risk-on"))
                .setTaxonomyVersion("2024.1")
                .setTaggerVersion("0.1.0")
                .setEventTime(Instant.parse("2021-09-10T12:25:00Z"))
                .setProcessingTime(Instant.parse("2024-05-01T10:00:00.123Z"))
                .setProvenance(Provenance.newBuilder()
                        .setMode("live")
                        .setApplicationId("mrt")
                        .setSourceTopic("news.articles.v1")
                        .setSourcePartition(0)
                        .setSourceOffset(42L)
                        .build())
                .build();
        int padding = Math.max(0, bytes - 560);
        String sentence = " Markets were broadly optimistic about the call.";
        article.setTitle(article.getTitle()
                + sentence.repeat(padding / sentence.length() + 1).substring(0, padding));
        return article;
    }
}
