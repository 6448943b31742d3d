package dev.mrt.bench;

/**
 * One throughput configuration: which topology, which processing guarantee, how many stream threads.
 * Each gets its own application id, state and output topics; all read the same input topic.
 */
record Variant(Kind kind, Guarantee guarantee, int threads) {

    enum Kind {
        /** Article in with the project's Avro serde, the same Article out: what Kafka Streams and the serde cost alone. */
        PASS_THROUGH("pass"),
        /** The product's topology as {@code run} builds it (runtime.Pipeline). */
        FULL("full");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    enum Guarantee {
        ALOS("at_least_once"),
        EOS("exactly_once_v2");

        final String setting;

        Guarantee(String setting) {
            this.setting = setting;
        }
    }

    /** Used as the application id and topic prefix: {@code full-eos-1t}. */
    String name() {
        return kind.label + "-" + guarantee.name().toLowerCase(java.util.Locale.ROOT) + "-" + threads + "t";
    }
}
