package dev.mrt.topology;

import dev.mrt.avro.MoveMeasure;
import dev.mrt.avro.ReactionRef;
import dev.mrt.avro.ReactionToMeasure;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import dev.mrt.market.Measurement;
import dev.mrt.market.PriceUnit;
import dev.mrt.market.RealizedMoveRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The realized-move records: their keys ({@code <reaction id>@<horizon>}), how a reaction and
 * its two measurements become a {@link RealizedMove}, and the fingerprint by which the stage
 * tells whether a recomputed value differs from the one it last emitted.
 */
public final class RealizedMoves {
    public static final String SCOPE_ARTICLE = "article";
    public static final String SCOPE_CROSS_FEED = "cross_feed";
    /** Fingerprint of "nothing emitted, or a tombstone". */
    static final long NOTHING = 0L;
    /** Fingerprint of "unknown": whatever is computed next is emitted. */
    static final long UNKNOWN = -1L;

    private final RealizedMoveRule rule;
    private final String instrumentsVersion;
    private final SpecificDatumWriter<RealizedMove> writer = new SpecificDatumWriter<>(RealizedMove.class);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private BinaryEncoder encoder;

    RealizedMoves(RealizedMoveRule rule, String instrumentsVersion) {
        this.rule = rule;
        this.instrumentsVersion = instrumentsVersion;
    }

    RealizedMoveRule rule() {
        return rule;
    }

    public static String key(String reactionId, Duration horizon) {
        return reactionId + "@" + Horizons.iso(horizon);
    }

    /** The reaction id of an output key. */
    public static String reactionIdOf(String key) {
        int at = key.lastIndexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    static ReactionRef refOf(ReactionToMeasure r) {
        return new ReactionRef(r.getReactionId(), r.getInstrument(), r.getEventTime(), r.getPublicationTime());
    }

    /** The anchor a reaction is stored under: the earlier of its two. */
    static long primaryAnchor(ReactionRef r) {
        return Math.min(r.getEventTime().toEpochMilli(), r.getPublicationTime().toEpochMilli());
    }

    static long primaryAnchor(ReactionToMeasure r) {
        return Math.min(r.getEventTime().toEpochMilli(), r.getPublicationTime().toEpochMilli());
    }

    static long secondaryAnchor(ReactionToMeasure r) {
        return Math.max(r.getEventTime().toEpochMilli(), r.getPublicationTime().toEpochMilli());
    }

    RealizedMove record(
            ReactionToMeasure r, Duration horizon, Measurement fromEvent, Measurement fromPublication, PriceUnit unit) {
        boolean forecast = !"realized".equals(r.getModality());
        Measurement checked = forecast ? fromPublication : fromEvent;
        return RealizedMove.newBuilder()
                .setReactionId(r.getReactionId())
                .setHorizon(Horizons.iso(horizon))
                .setHorizonMs(horizon.toMillis())
                .setScope(r.getScope())
                .setEventId(r.getEventId())
                .setEventType(r.getEventType())
                .setEventTime(r.getEventTime())
                .setEventDate(r.getEventDate())
                .setPublicationTime(r.getPublicationTime())
                .setNoteId(r.getNoteId())
                .setNoteSourceKind(r.getNoteSourceKind())
                .setAsset(r.getAsset())
                .setInstrument(r.getInstrument())
                .setUnit(unit.code())
                .setMoveUnit(unit.moveUnit())
                .setDirection(r.getDirection())
                .setMagnitude(r.getMagnitude())
                .setModality(r.getModality())
                .setAttribution(r.getAttribution())
                .setOutlet(r.getOutlet())
                .setFromEvent(measure(fromEvent))
                .setFromPublication(measure(fromPublication))
                .setVerdict(checked.verdict() == null ? null : checked.verdict().code())
                .setCheckedFrom(forecast ? "publication" : "event")
                .setSyntheticPrices(fromEvent.synthetic() || fromPublication.synthetic())
                .setVolatilityWindowMs(rule.windowMs())
                .setSignificanceZ(rule.zMin())
                .setInstrumentsVersion(instrumentsVersion)
                .setTaxonomyVersion(r.getTaxonomyVersion())
                .build();
    }

    static MoveMeasure measure(Measurement m) {
        return MoveMeasure.newBuilder()
                .setAnchor(Instant.ofEpochMilli(m.anchor()))
                .setStatus(m.status().code())
                .setStartTime(
                        m.start() == null
                                ? null
                                : Instant.ofEpochMilli(m.start().time()))
                .setStartValue(m.start() == null ? null : m.start().value())
                .setEndTime(
                        m.end() == null ? null : Instant.ofEpochMilli(m.end().time()))
                .setEndValue(m.end() == null ? null : m.end().value())
                .setMove(m.move())
                .setVolatility(m.volatility())
                .setVolatilityChanges(m.volatilityChanges())
                .setZ(m.z())
                .setVerdict(m.verdict() == null ? null : m.verdict().code())
                .setReason(m.reason())
                .build();
    }

    /** 64-bit FNV-1a of the record's Avro binary form; never {@link #NOTHING} nor {@link #UNKNOWN}. */
    long fingerprint(RealizedMove value) {
        buffer.reset();
        encoder = EncoderFactory.get().directBinaryEncoder(buffer, encoder);
        try {
            writer.write(value, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : buffer.toByteArray()) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == NOTHING || h == UNKNOWN ? 1 : h;
    }
}
