package dev.mrt.replay;

import java.util.List;

/**
 * One look at how far a replay is.
 *
 * @param inputs             per input partition
 * @param downstreamBehind   records on intermediate topics (events, notes, links, repartitions)
 *                           not yet processed, when the inputs are done; 0 before
 * @param caughtUp           inputs and every stage after them are done
 */
public record CatchUpStatus(List<PartitionProgress> inputs, long downstreamBehind, boolean caughtUp) {

    public CatchUpStatus {
        inputs = List.copyOf(inputs);
    }

    public boolean inputsDone() {
        return inputs.stream().allMatch(PartitionProgress::done);
    }

    public long inputsRemaining() {
        return inputs.stream().mapToLong(PartitionProgress::remaining).sum();
    }
}
