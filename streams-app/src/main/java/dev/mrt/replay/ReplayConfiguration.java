package dev.mrt.replay;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.config.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live configuration turned into a replay's: its own application id (so its own consumer
 * group, state and internal topics) and its own copy of every topic the pipeline writes, so the
 * live topics are never touched. The inputs stay the live ones.
 */
public final class ReplayConfiguration {
    /** Every topic the pipeline writes, in the order they are shown to the user. */
    public static final List<Setting> OUTPUTS = List.of(
            Setting.TOPIC_ENRICHED,
            Setting.TOPIC_LINKS,
            Setting.TOPIC_STATS,
            Setting.TOPIC_REALIZED,
            Setting.TOPIC_DLQ);

    public static final List<Setting> INPUTS = List.of(Setting.TOPIC_ARTICLES, Setting.TOPIC_MARKET_NOTES);

    private ReplayConfiguration() {}

    /**
     * @param output the enriched topic chosen by the user, or null for the default replay name
     * @throws IllegalArgumentException when {@code output} is one of the live topics
     */
    public static AppConfig derive(AppConfig live, ReplayId id, String output) {
        List<String> liveTopics = new ArrayList<>();
        INPUTS.forEach(s -> liveTopics.add(live.string(s)));
        OUTPUTS.forEach(s -> liveTopics.add(live.string(s)));
        if (output != null && liveTopics.contains(output)) {
            throw new IllegalArgumentException(
                    "--output " + output + " is a live topic; a replay never writes to live topics");
        }
        ConfigOrigin origin = new ConfigOrigin("replay " + id, 0);
        AppConfig cfg =
                live.with(Setting.APPLICATION_ID.key(), id.applicationId(live.string(Setting.APPLICATION_ID)), origin);
        for (Setting s : OUTPUTS) {
            String name =
                    s == Setting.TOPIC_ENRICHED && output != null ? output : ReplayTopicNames.of(live.string(s), id);
            cfg = cfg.with(s.key(), name, origin);
        }
        return cfg;
    }

    /** Live topic -> replay topic, for every topic the replay writes. */
    public static Map<String, String> outputMapping(AppConfig live, AppConfig replay) {
        Map<String, String> out = new LinkedHashMap<>();
        OUTPUTS.forEach(s -> out.put(live.string(s), replay.string(s)));
        return out;
    }
}
