package dev.mrt.topology;

import dev.mrt.avro.NoteLinks;

/** What cross-feed linking hands downstream: a note's row of the links table, or a change to the statistics. */
sealed interface LinkerOutput {

    /** A note's links; {@code links} null retracts the row. Keyed by note id. */
    record Row(NoteLinks links) implements LinkerOutput {}

    /** A change to one statistics window. Keyed by {@link StatsWindowing#deltaKey(long)}. */
    record StatsChange(StatsDelta delta) implements LinkerOutput {}
}
