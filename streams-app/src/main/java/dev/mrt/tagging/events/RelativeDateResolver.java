package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;
import dev.mrt.tagging.text.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Resolves the date of an event from the date words of its sentence against the publication
 * date in the publisher's local offset: "Thursday night" in a Friday story is the day before,
 * "yesterday" is one day back, "last week" seven, "on April 3, 2018" is absolute. Without a
 * publication time only absolute dates resolve.
 */
final class RelativeDateResolver {
    private RelativeDateResolver() {}

    static LocalDate resolve(ArticleAnalysis a, Sentence s, int anchor) {
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Mention> ms = a.mentions().get(s.index());
        for (Mention m : ms) {
            Concept.DateWord w = m.get(Concept.DateWord.class);
            if (w == null) {
                continue;
            }
            LocalDate d = resolveOne(a, s, m, w);
            int distance = Math.abs(m.from() - anchor);
            if (d != null && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static LocalDate resolveOne(ArticleAnalysis a, Sentence s, Mention m, Concept.DateWord w) {
        LocalDate pub = a.publishedDate();
        switch (w.kind()) {
            case RELATIVE_DAYS -> {
                return pub == null ? null : pub.plusDays(w.value());
            }
            case WEEKDAY -> {
                if (pub == null) {
                    return null;
                }
                DayOfWeek day = DayOfWeek.of(w.value());
                String before = m.from() > s.from() ? a.norm(m.from() - 1) : "";
                if (before.equals("next")) {
                    return pub.with(TemporalAdjusters.next(day));
                }
                if (before.equals("last")) {
                    return pub.with(TemporalAdjusters.previous(day));
                }
                return pub.with(TemporalAdjusters.previousOrSame(day));
            }
            case MONTH -> {
                return monthDate(a, s, m, w.value(), pub);
            }
            default -> {
                return null;
            }
        }
    }

    /** "April 3, 2018", "3 April 2018", "April 3" (year of publication, or the one before if that is later). */
    private static LocalDate monthDate(ArticleAnalysis a, Sentence s, Mention m, int month, LocalDate pub) {
        Integer day = null;
        Integer year = null;
        int j = m.to();
        if (j < s.to() && isNumber(a, j) && value(a, j) >= 1 && value(a, j) <= 31) {
            day = value(a, j);
            j++;
            if (j < s.to() && a.norm(j).equals(",")) {
                j++;
            }
            if (j < s.to() && isNumber(a, j) && value(a, j) >= 1900 && value(a, j) <= 2200) {
                year = value(a, j);
            }
        } else if (m.from() - 1 >= s.from()
                && isNumber(a, m.from() - 1)
                && value(a, m.from() - 1) >= 1
                && value(a, m.from() - 1) <= 31) {
            day = value(a, m.from() - 1);
            if (j < s.to() && isNumber(a, j) && value(a, j) >= 1900 && value(a, j) <= 2200) {
                year = value(a, j);
            }
        }
        if (day == null) {
            return inMonth(a, s, m, month, pub);
        }
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (pub == null) {
                return null;
            }
            // No year: the one that puts the date closest to publication ("from January 8" in late December).
            LocalDate best = null;
            for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    if (best == null
                            || Math.abs(d.toEpochDay() - pub.toEpochDay())
                                    < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                        best = d;
                    }
                } catch (DateTimeException e) {
                    // 29 February of a common year: try the other years
                }
            }
            return best;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * "In March, parliament passed ...": a month without a day, after "in", is the middle of the
     * last such month up to publication, or of the next one when the sentence looks ahead ("will
     * hold a vote in March"). Without "in" a month word may be something else ("May").
     */
    private static LocalDate inMonth(ArticleAnalysis a, Sentence s, Mention m, int month, LocalDate pub) {
        if (pub == null || m.from() <= s.from() || !a.norm(m.from() - 1).equals("in")) {
            return null;
        }
        LocalDate past = LocalDate.of(pub.getYear(), month, 15);
        if (past.withDayOfMonth(1).isAfter(pub)) {
            past = past.minusYears(1);
        }
        return looksAhead(a, s) ? past.plusYears(past.getMonthValue() == pub.getMonthValue() ? 0 : 1) : past;
    }

    private static boolean looksAhead(ArticleAnalysis a, Sentence s) {
        for (int j = s.from(); j < s.to(); j++) {
            String n = a.norm(j);
            if (a.lexicon().hypothetical().contains(n)
                    || a.lexicon().reportedIntent().contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(ArticleAnalysis a, int j) {
        Token t = a.tokens().get(j);
        if (t.kind() != Token.Kind.NUMBER || t.norm().length() > 4) {
            return false;
        }
        for (int k = 0; k < t.norm().length(); k++) {
            if (!Character.isDigit(t.norm().charAt(k)) || t.norm().charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int value(ArticleAnalysis a, int j) {
        return Integer.parseInt(a.tokens().get(j).norm());
    }
}
