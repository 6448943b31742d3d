package dev.mrt.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which linking partition owns a link key. Every event and note under one key must meet in one
 * task; a source reaches only the partitions that own one of its keys, with one record each, so
 * an article whose events and notes spread over a dozen keys costs at most one record per
 * partition on the way to linking.
 */
public final class LinkHomes {

    private LinkHomes() {}

    public static int of(String linkKey, int partitions) {
        return Utils.toPositive(Utils.murmur2(linkKey.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
