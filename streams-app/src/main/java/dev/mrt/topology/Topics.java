package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.PriceTick;
import dev.mrt.avro.ReactionStatsWindow;
import dev.mrt.avro.RealizedMove;
import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of every topic the application reads or writes: the one place where a
 * topic's name meets its serdes. Names come from configuration ({@code topic.*}).
 */
public record Topics(
        Topic<String, Article> articles,
        Topic<String, MarketNote> marketNotes,
        Topic<String, PriceTick> prices,
        Topic<String, EnrichedArticle> enriched,
        Topic<String, NoteLinks> links,
        Topic<String, ReactionStatsWindow> stats,
        Topic<String, RealizedMove> realized,
        String deadLetter,
        SerdeFactory serdes) {

    /** The record class of each Avro-valued topic, by the setting that names the topic; pipeline order. */
    private static final List<Map.Entry<Setting, Class<? extends SpecificRecord>>> VALUE_TYPES = List.of(
            Map.entry(Setting.TOPIC_ARTICLES, Article.class),
            Map.entry(Setting.TOPIC_MARKET_NOTES, MarketNote.class),
            Map.entry(Setting.TOPIC_PRICES, PriceTick.class),
            Map.entry(Setting.TOPIC_ENRICHED, EnrichedArticle.class),
            Map.entry(Setting.TOPIC_LINKS, NoteLinks.class),
            Map.entry(Setting.TOPIC_STATS, ReactionStatsWindow.class),
            Map.entry(Setting.TOPIC_REALIZED, RealizedMove.class));

    /** Configured name and value class of every Avro-valued topic, e.g. to register their schemas. */
    public static List<Map.Entry<String, Class<? extends SpecificRecord>>> valueTypes(AppConfig config) {
        return VALUE_TYPES.stream()
                .<Map.Entry<String, Class<? extends SpecificRecord>>>map(
                        e -> Map.entry(config.string(e.getKey()), e.getValue()))
                .toList();
    }

    public static Topics from(AppConfig config, SerdeFactory serdes) {
        return new Topics(
                topic(config, Setting.TOPIC_ARTICLES, serdes, Article.class),
                topic(config, Setting.TOPIC_MARKET_NOTES, serdes, MarketNote.class),
                topic(config, Setting.TOPIC_PRICES, serdes, PriceTick.class),
                topic(config, Setting.TOPIC_ENRICHED, serdes, EnrichedArticle.class),
                topic(config, Setting.TOPIC_LINKS, serdes, NoteLinks.class),
                topic(config, Setting.TOPIC_STATS, serdes, ReactionStatsWindow.class),
                topic(config, Setting.TOPIC_REALIZED, serdes, RealizedMove.class),
                config.string(Setting.TOPIC_DLQ),
                serdes);
    }

    /**
     * The serde of an Avro record that travels on an internal topic or in a store (subjects
     * {@code <internal topic>-value}, as for the topics above).
     */
    public <V extends SpecificRecord> Serde<V> serde(Class<V> type) {
        return serdes.valueSerde(type);
    }

    /** Every topic name, inputs first; what the app creates or verifies at start-up. */
    public List<String> allNames() {
        return List.of(
                articles.name(),
                marketNotes.name(),
                prices.name(),
                enriched.name(),
                links.name(),
                stats.name(),
                realized.name(),
                deadLetter);
    }

    private static <V extends SpecificRecord> Topic<String, V> topic(
            AppConfig config, Setting name, SerdeFactory serdes, Class<V> type) {
        if (VALUE_TYPES.stream().noneMatch(e -> e.getKey() == name && e.getValue() == type)) {
            throw new IllegalStateException(
                    name + " is not registered with " + type.getSimpleName() + " in VALUE_TYPES");
        }
        return new Topic<>(config.string(name), Serdes.String(), serdes.valueSerde(type));
    }
}
