package dev.mrt.tagging.notes;

import dev.mrt.tagging.taxonomy.AssetDef;
import dev.mrt.tagging.taxonomy.CodeRoles;
import dev.mrt.tagging.taxonomy.CurrencyDef;
import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Taxonomy;
import java.util.Optional;

/**
 * Maps "currency X moved (against Y)" to the direction of the quoted pair. The text speaks of
 * the value of X; a pair is quoted as base/quote, so X rising means the pair rises when X is the
 * base and falls when X is the quote ("the yuan strengthened" = USDCNY down; "the euro fell" =
 * EURUSD down; "the dollar rose" with no counter-currency = DXY up).
 */
public final class FxQuoteNormalizer {
    private final Taxonomy taxonomy;
    /** The currency moves are measured against when the text names none ({@link CodeRoles#dollar()}). */
    private final String dollar;

    private final String dollarIndex;
    private final String emFx;

    public FxQuoteNormalizer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        CodeRoles roles = taxonomy.roles();
        this.dollar = roles.dollar();
        this.dollarIndex = roles.dollarIndex();
        this.emFx = roles.emergingMarketFx();
    }

    public record Quote(String asset, Direction direction) {}

    /**
     * @param subject the currency whose value moved
     * @param counter the currency it moved against, or null
     */
    public Optional<Quote> normalize(String subject, String counter, Direction valueMove) {
        if (subject.equals(counter)) {
            counter = null;
        }
        if (subject.equals(dollar) && counter == null) {
            return Optional.of(new Quote(dollarIndex, valueMove));
        }
        String other = counter != null
                ? counter
                : taxonomy.currency(subject).map(CurrencyDef::quotedAgainst).orElse(dollar);
        if (other == null) {
            other = dollar;
        }
        Optional<AssetDef> pair = taxonomy.pair(subject, other);
        if (pair.isEmpty() && counter != null && !counter.equals(dollar) && !subject.equals(dollar)) {
            pair = taxonomy.pair(subject, dollar);
        }
        if (pair.isPresent()) {
            AssetDef p = pair.get();
            return Optional.of(new Quote(p.code(), p.base().equals(subject) ? valueMove : valueMove.inverse()));
        }
        String country = taxonomy.currency(subject).map(CurrencyDef::country).orElse(null);
        if (country != null && taxonomy.isEmergingMarket(country)) {
            return Optional.of(new Quote(emFx, valueMove));
        }
        return Optional.empty();
    }
}
