package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;

/**
 * Turns each reaction (an event linked to a note, inside an article or across feeds) into
 * unit increments for the statistics: one per (event type, asset, direction) and one per
 * country pair of the event.
 */
public final class ReactionIncrements {
    public static final String BY_EVENT_ASSET_DIRECTION = "event_asset_direction";
    public static final String BY_COUNTRY_PAIR = "country_pair";
    private static final char SEP = '|';

    private ReactionIncrements() {}

    public static List<KeyValue<String, ReactionStats>> of(EnrichedArticle a) {
        Map<String, EventTag> events = a.getPoliticalEvents().stream()
                .collect(Collectors.toMap(EventTag::getId, Function.identity(), (x, y) -> x));
        Map<String, NoteTag> notes =
                a.getMarketNotes().stream().collect(Collectors.toMap(NoteTag::getId, Function.identity(), (x, y) -> x));
        List<KeyValue<String, ReactionStats>> out = new ArrayList<>();
        for (LinkTag l : a.getLinks()) {
            EventTag e = events.get(l.getEvent());
            NoteTag n = notes.get(l.getNote());
            if (e != null && n != null) {
                add(out, e.getType(), n.getAsset(), n.getDirection(), e.getCountries(), l.getConfidence());
            }
        }
        return combined(out);
    }

    /** One increment per key: an article's links often share a cell or a country pair, and each record costs a write downstream. */
    private static List<KeyValue<String, ReactionStats>> combined(List<KeyValue<String, ReactionStats>> increments) {
        Map<String, ReactionStats> byKey = new java.util.LinkedHashMap<>();
        for (KeyValue<String, ReactionStats> kv : increments) {
            byKey.merge(kv.key, kv.value, ReactionStatsTopology::add);
        }
        List<KeyValue<String, ReactionStats>> out = new ArrayList<>(byKey.size());
        byKey.forEach((k, v) -> out.add(KeyValue.pair(k, v)));
        return out;
    }

    public static List<KeyValue<String, ReactionStats>> of(ReactionLink link) {
        List<KeyValue<String, ReactionStats>> out = new ArrayList<>();
        add(
                out,
                link.getEventType(),
                link.getAsset(),
                link.getDirection(),
                link.getEventCountries(),
                link.getConfidence());
        return out;
    }

    /** The statistics key of an (event type, asset, direction) cell. */
    public static String eventAssetDirectionKey(String eventType, String asset, String direction) {
        return BY_EVENT_ASSET_DIRECTION + SEP + eventType + SEP + asset + SEP + direction;
    }

    public static String countryPairKey(String pair) {
        return BY_COUNTRY_PAIR + SEP + pair;
    }

    private static void add(
            List<KeyValue<String, ReactionStats>> out,
            String type,
            String asset,
            String direction,
            List<String> countries,
            double confidence) {
        String k = eventAssetDirectionKey(type, asset, direction);
        out.add(KeyValue.pair(
                k,
                unit(BY_EVENT_ASSET_DIRECTION, k, confidence)
                        .setEventType(type)
                        .setAsset(asset)
                        .setDirection(direction)
                        .build()));
        for (String pair : LinkKeys.countryPairs(countries)) {
            String pk = countryPairKey(pair);
            out.add(KeyValue.pair(
                    pk,
                    unit(BY_COUNTRY_PAIR, pk, confidence).setCountryPair(pair).build()));
        }
    }

    private static ReactionStats.Builder unit(String dimension, String key, double confidence) {
        return ReactionStats.newBuilder()
                .setDimension(dimension)
                .setKey(key)
                .setWindowSizeMs(0)
                .setWindowStart(java.time.Instant.EPOCH)
                .setWindowEnd(java.time.Instant.EPOCH)
                .setCount(1)
                .setConfidenceSum(confidence);
    }
}
