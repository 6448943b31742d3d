package dev.mrt.compare;

import java.util.List;

/**
 * An article whose findings differ between the two sides: what the right side has that the left
 * has not ({@code added}) and the reverse ({@code removed}), e.g. {@code event leader_call CN-US},
 * {@code note USDCNH down small expected}, {@code tag risk-on}. Both empty: only details
 * (confidence, evidence, dates) differ.
 */
public record ArticleChange(String id, String title, List<String> added, List<String> removed) {

    public ArticleChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean detailsOnly() {
        return added.isEmpty() && removed.isEmpty();
    }
}
