package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStats;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each reaction (an event linked to a note, inside an article or across feeds) counts for
 * in the statistics: one under its (event type, asset, direction) cell and one under each
 * country pair of the event, with its confidence.
 */
public final class ReactionIncrements {
    public static final String BY_EVENT_ASSET_DIRECTION = "event_asset_direction";
    public static final String BY_COUNTRY_PAIR = "country_pair";
    private static final char SEP = '|';
    private static final String SEP_PATTERN = "\\|";

    private ReactionIncrements() {}

    /** The reactions inside an article. */
    public static StatsCells of(EnrichedArticle a) {
        Map<String, EventTag> events = a.getPoliticalEvents().stream()
                .collect(Collectors.toMap(EventTag::getId, Function.identity(), (x, y) -> x));
        Map<String, NoteTag> notes =
                a.getMarketNotes().stream().collect(Collectors.toMap(NoteTag::getId, Function.identity(), (x, y) -> x));
        StatsCells out = StatsCells.empty();
        for (LinkTag l : a.getLinks()) {
            EventTag e = events.get(l.getEvent());
            NoteTag n = notes.get(l.getNote());
            if (e != null && n != null) {
                add(out, e.getType(), n.getAsset(), n.getDirection(), e.getCountries(), l.getConfidence(), 1);
            }
        }
        return out;
    }

    /** Adds ({@code sign} 1) or retracts ({@code sign} -1) one cross-feed reaction. */
    public static void add(StatsCells cells, ReactionLink link, int sign) {
        add(
                cells,
                link.getEventType(),
                link.getAsset(),
                link.getDirection(),
                link.getEventCountries(),
                link.getConfidence(),
                sign);
    }

    /** The statistics key of an (event type, asset, direction) cell. */
    public static String eventAssetDirectionKey(String eventType, String asset, String direction) {
        return BY_EVENT_ASSET_DIRECTION + SEP + eventType + SEP + asset + SEP + direction;
    }

    public static String countryPairKey(String pair) {
        return BY_COUNTRY_PAIR + SEP + pair;
    }

    /** A statistics record for a key, its dimension and descriptive fields filled in from the key. */
    static ReactionStats.Builder describe(String key) {
        String[] parts = key.split(SEP_PATTERN, -1);
        ReactionStats.Builder b = ReactionStats.newBuilder()
                .setDimension(parts[0])
                .setKey(key)
                .setWindowSizeMs(0)
                .setWindowStart(java.time.Instant.EPOCH)
                .setWindowEnd(java.time.Instant.EPOCH)
                .setCount(0)
                .setConfidenceSum(0);
        if (BY_EVENT_ASSET_DIRECTION.equals(parts[0]) && parts.length == 4) {
            b.setEventType(parts[1]).setAsset(parts[2]).setDirection(parts[3]);
        } else if (BY_COUNTRY_PAIR.equals(parts[0]) && parts.length == 2) {
            b.setCountryPair(parts[1]);
        }
        return b;
    }

    private static void add(
            StatsCells out,
            String type,
            String asset,
            String direction,
            List<String> countries,
            double confidence,
            int sign) {
        out.add(eventAssetDirectionKey(type, asset, direction), sign, confidence);
        for (String pair : LinkKeys.countryPairs(countries)) {
            out.add(countryPairKey(pair), sign, confidence);
        }
    }
}
