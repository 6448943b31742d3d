package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of realized moves: one {@link RealizedMove} record as every field of its schema
 * ({@link AvroJson}), and what a reaction carries under {@code realized}: its instrument, a
 * status (measured, pending: no horizon complete yet, or no_instrument: nothing measures the
 * asset), whether any price used was synthetic, and its records by horizon.
 */
public final class RealizedMoveJson {
    public static final String MEASURED = "measured";
    public static final String PENDING = "pending";
    public static final String NO_INSTRUMENT = "no_instrument";
    /** Cross-feed reactions: the stage does not measure them yet (README: What the market did). */
    public static final String NOT_MEASURED = "not_measured";

    private RealizedMoveJson() {}

    public static ObjectNode toJson(RealizedMove r) {
        return AvroJson.of(r);
    }

    /** What a reaction of this asset carries, given the realized moves found for it (any order). */
    public static ObjectNode ofReaction(
            String asset, boolean measurable, List<ObjectNode> moves, Instruments instruments) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        Optional<Instrument> instrument = instruments.forAsset(asset);
        o.put("instrument", instrument.map(Instrument::code).orElse(null));
        o.put("move_unit", instrument.map(i -> i.unit().moveUnit()).orElse(null));
        o.put(
                "status",
                !measurable
                        ? NOT_MEASURED
                        : instrument.isEmpty() ? NO_INSTRUMENT : moves.isEmpty() ? PENDING : MEASURED);
        o.put(
                "synthetic_prices",
                moves.stream().anyMatch(m -> m.path("synthetic_prices").asBoolean()));
        ObjectNode horizons = o.putObject("horizons");
        ArrayNode order = o.putArray("horizon_order");
        Horizons.ALL.forEach(h -> order.add(Horizons.iso(h)));
        for (ObjectNode m : moves) {
            horizons.set(m.path("horizon").asText(), m);
        }
        return o;
    }
}
