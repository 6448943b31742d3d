package dev.mrt.topology;

import dev.mrt.market.PricePoint;
import dev.mrt.market.PriceSeries;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** One instrument's prices in a window store (key = instrument, window start = price time). */
public final class WindowStorePriceSeries implements PriceSeries {
    private final WindowStore<String, PricePoint> store;
    private final String instrument;

    public WindowStorePriceSeries(WindowStore<String, PricePoint> store, String instrument) {
        this.store = store;
        this.instrument = instrument;
    }

    @Override
    public PricePoint lastBetween(long from, long to) {
        if (from > to) {
            return null;
        }
        try (WindowStoreIterator<PricePoint> it = store.backwardFetch(instrument, Math.max(0, from), to)) {
            return it.hasNext() ? it.next().value : null;
        }
    }

    @Override
    public void forEachBetween(long from, long to, Consumer<PricePoint> visitor) {
        if (from > to) {
            return;
        }
        try (WindowStoreIterator<PricePoint> it = store.fetch(instrument, Math.max(0, from), to)) {
            it.forEachRemaining(kv -> visitor.accept(kv.value));
        }
    }
}
