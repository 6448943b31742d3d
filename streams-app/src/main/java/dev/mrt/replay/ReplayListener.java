package dev.mrt.replay;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** What a running replay tells its user. */
public interface ReplayListener {
    ReplayListener NONE = new ReplayListener() {};

    /** The group's start offsets were committed (empty when resuming everywhere). */
    default void offsetsReset(Map<TopicPartition, Long> offsets) {}

    /** Periodically, and once more at the end. */
    default void progress(CatchUpStatus status) {}

    /** With {@code --follow}: the replay has caught up and goes on with new input. */
    default void following() {}
}
