package dev.mrt.bench;

import java.util.Map;

/**
 * Stack samples of the stream threads over one run, counted along the axes of
 * {@link FrameClassifier}: each map gives samples per name.
 */
record StackProfile(
        int samples,
        Map<String, Integer> activities,
        Map<String, Integer> stages,
        Map<String, Integer> phases,
        Map<String, Integer> stageActivities) {

    static final StackProfile NONE = new StackProfile(0, Map.of(), Map.of(), Map.of(), Map.of());
}
