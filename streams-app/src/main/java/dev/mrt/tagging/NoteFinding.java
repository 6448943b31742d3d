package dev.mrt.tagging;

import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Magnitude;
import dev.mrt.tagging.taxonomy.Modality;
import java.util.List;

/**
 * A market note: an asset and the direction of its quoted level.
 *
 * @param id          unique within the article: n1, n2, ...
 * @param asset       taxonomy asset code, e.g. {@code UST_YIELDS}, {@code USDCNH}
 * @param attribution who the text attributes the view to, or null
 * @param countries   countries of the asset (for link keys), sorted
 */
public record NoteFinding(
        String id,
        String asset,
        Direction direction,
        Magnitude magnitude,
        Modality modality,
        String attribution,
        List<String> countries,
        double confidence,
        EvidenceSpan evidence) {

    public NoteFinding {
        countries = List.copyOf(countries);
    }
}
