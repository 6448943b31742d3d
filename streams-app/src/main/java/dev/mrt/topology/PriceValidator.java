package dev.mrt.topology;

import dev.mrt.avro.PriceTick;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import dev.mrt.market.PriceUnit;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Lets through only prices the realized-move stage can use, and sends the others to the
 * dead-letter topic with the reason: a tombstone; an instrument not in instruments.yaml; a key
 * other than the instrument (it would land on a partition where no reaction of that instrument
 * is); a unit other than the instrument's; a value that is not a number of that unit; a time
 * implausibly far in the future (it would move stream time and make everything late).
 */
final class PriceValidator implements FixedKeyProcessor<String, PriceTick, PriceTick> {
    private final Instruments instruments;
    private final Duration maxFuture;
    private FixedKeyProcessorContext<String, PriceTick> context;

    PriceValidator(Instruments instruments, Duration maxFuture) {
        this.instruments = instruments;
        this.maxFuture = maxFuture;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, PriceTick> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, PriceTick> record) {
        PriceTick p = record.value();
        if (p == null) {
            throw new DeadLetterException(DeadLetterReason.NULL_VALUE, "null value for price key " + record.key());
        }
        Optional<Instrument> instrument = instruments.byCode(p.getInstrument());
        if (instrument.isEmpty()) {
            throw invalid("instrument '" + p.getInstrument() + "' is not in instruments.yaml (version "
                    + instruments.version() + ")");
        }
        if (!p.getInstrument().equals(record.key())) {
            throw invalid("key '" + record.key() + "' is not the price's instrument '" + p.getInstrument()
                    + "': prices must be keyed by instrument");
        }
        PriceUnit unit = instrument.get().unit();
        if (!unit.code().equals(p.getUnit())) {
            throw invalid("unit '" + p.getUnit() + "' of " + p.getInstrument()
                    + " is not its unit in instruments.yaml (" + unit.code() + ")");
        }
        String problem = unit.problemWith(p.getValue());
        if (problem != null) {
            throw invalid(p.getInstrument() + " at " + p.getTime() + ": " + problem);
        }
        Instant limit = Instant.ofEpochMilli(context.currentSystemTimeMs()).plus(maxFuture);
        if (p.getTime().isAfter(limit)) {
            throw new DeadLetterException(
                    DeadLetterReason.FUTURE_TIMESTAMP,
                    "price of " + p.getInstrument() + " at " + p.getTime() + ", more than " + maxFuture
                            + " ahead of the clock");
        }
        context.forward(record);
    }

    private static DeadLetterException invalid(String message) {
        return new DeadLetterException(DeadLetterReason.INVALID_PRICE, message);
    }
}
