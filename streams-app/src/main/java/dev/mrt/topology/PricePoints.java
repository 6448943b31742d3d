package dev.mrt.topology;

import dev.mrt.market.PricePoint;
import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The realized-move stage's prices in its store: time, value and the synthetic flag in 17 bytes. */
public final class PricePoints {

    private PricePoints() {}

    public static Serde<PricePoint> serde() {
        return Serdes.serdeFrom(
                (topic, p) -> p == null
                        ? null
                        : ByteBuffer.allocate(17)
                                .putLong(p.time())
                                .putDouble(p.value())
                                .put((byte) (p.synthetic() ? 1 : 0))
                                .array(),
                (topic, b) -> {
                    if (b == null) {
                        return null;
                    }
                    ByteBuffer buf = ByteBuffer.wrap(b);
                    return new PricePoint(buf.getLong(), buf.getDouble(), buf.get() == 1);
                });
    }
}
