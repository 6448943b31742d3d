package dev.mrt.tagging.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** What kind of body an institution is; code reads the kinds (a central bank acting makes monetary events). */
public enum InstitutionKind {
    CENTRAL_BANK,
    GOVERNMENT,
    MINISTRY,
    LEGISLATURE,
    AGENCY,
    INTERNATIONAL,
    PARTY,
    /** Named only as the source of a view or a report, never as an actor. */
    MEDIA,
    COMPANY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InstitutionKind> fromCode(String code) {
        for (InstitutionKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
