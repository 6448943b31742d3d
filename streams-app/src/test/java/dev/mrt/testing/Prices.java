package dev.mrt.testing;

import dev.mrt.avro.PriceTick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;

/** Hand-made price series for tests, and the realized topic read as the table it is. */
public final class Prices {
    public static final Duration BAR = Duration.ofMinutes(15);

    private Prices() {}

    public static PriceTick tick(String instrument, String unit, Instant time, double value) {
        return PriceTick.newBuilder()
                .setInstrument(instrument)
                .setTime(time)
                .setValue(value)
                .setUnit(unit)
                .setSymbol(null)
                .setSource("test")
                .setSynthetic(false)
                .build();
    }

    /**
     * Bars every 15 minutes from {@code from} (inclusive) to {@code to} (exclusive), alternating
     * {@code even} and {@code odd}, such that the bar at {@code to - 15 min} is {@code even}.
     */
    public static List<PriceTick> alternating(
            String instrument, String unit, Instant from, Instant to, double even, double odd) {
        List<PriceTick> out = new ArrayList<>();
        long last = to.minus(BAR).toEpochMilli();
        for (Instant t = from; t.isBefore(to); t = t.plus(BAR)) {
            long k = (last - t.toEpochMilli()) / BAR.toMillis();
            out.add(tick(instrument, unit, t, k % 2 == 0 ? even : odd));
        }
        return out;
    }

    /** Bars every 15 minutes from {@code from} (inclusive) to {@code to} (exclusive) at one value. */
    public static List<PriceTick> flat(String instrument, String unit, Instant from, Instant to, double value) {
        List<PriceTick> out = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(BAR)) {
            out.add(tick(instrument, unit, t, value));
        }
        return out;
    }

    public static void pipe(TestInputTopic<String, PriceTick> topic, List<PriceTick> ticks) {
        for (PriceTick p : ticks) {
            topic.pipeInput(new TestRecord<>(p.getInstrument(), p, p.getTime()));
        }
    }

    /** The latest value of every key; a tombstone removes the key. */
    public static <V> Map<String, V> table(TestOutputTopic<String, V> topic, Map<String, V> into) {
        for (TestRecord<String, V> r : topic.readRecordsToList()) {
            if (r.value() == null) {
                into.remove(r.key());
            } else {
                into.put(r.key(), r.value());
            }
        }
        return into;
    }

    public static <V> Map<String, V> table(TestOutputTopic<String, V> topic) {
        return table(topic, new LinkedHashMap<>());
    }
}
