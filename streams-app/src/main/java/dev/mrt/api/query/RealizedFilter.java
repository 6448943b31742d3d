package dev.mrt.api.query;

import dev.mrt.api.http.QueryParameters;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which realized moves a query wants: by reaction ids, asset, event type (code or dotted prefix), horizon, modality, verdict. */
public record RealizedFilter(
        List<String> reactionIds, String asset, String eventType, String horizon, String modality, String verdict) {
    static final String REACTION_ID = "reaction_id";
    static final String ASSET = "asset";
    static final String EVENT_TYPE = "event_type";
    static final String HORIZON = "horizon";
    static final String MODALITY = "modality";
    static final String VERDICT = "verdict";
    static final Set<String> PARAMETERS = Set.of(REACTION_ID, ASSET, EVENT_TYPE, HORIZON, MODALITY, VERDICT);

    static RealizedFilter from(QueryParameters p) {
        String asset = p.text(ASSET);
        return new RealizedFilter(
                p.list(REACTION_ID),
                asset == null ? null : asset.toUpperCase(Locale.ROOT),
                p.text(EVENT_TYPE),
                horizon(p),
                p.oneOf(MODALITY, Set.of("realized", "expected", "conditional")),
                p.oneOf(
                        VERDICT,
                        Set.of("confirms", "contradicts", "not_significant", "no_volatility", "no_direction")));
    }

    /** The {@code horizon} parameter as written in records (PT15M, PT1H, P1D), or null. */
    static String horizon(QueryParameters p) {
        String h = p.text(HORIZON);
        if (h == null) {
            return null;
        }
        try {
            return Horizons.iso(Horizons.parse(h));
        } catch (IllegalArgumentException e) {
            throw dev.mrt.api.http.ApiError.badParameter(HORIZON, e.getMessage());
        }
    }

    public boolean matches(RealizedMove r) {
        String t = r.getEventType();
        return (reactionIds.isEmpty() || reactionIds.contains(r.getReactionId()))
                && (asset == null || asset.equals(r.getAsset()) || asset.equals(r.getInstrument()))
                && (eventType == null || t.equals(eventType) || t.startsWith(eventType + "."))
                && (horizon == null || horizon.equals(r.getHorizon()))
                && (modality == null || modality.equals(r.getModality()))
                && (verdict == null || verdict.equals(r.getVerdict()));
    }
}
