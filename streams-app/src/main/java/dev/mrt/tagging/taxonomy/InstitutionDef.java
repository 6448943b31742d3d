package dev.mrt.tagging.taxonomy;

/** An institution: canonical name, kind and country (null for bodies of no one country, such as OPEC). */
public record InstitutionDef(String name, InstitutionKind kind, String country) {
    public boolean isCentralBank() {
        return kind == InstitutionKind.CENTRAL_BANK;
    }

    public boolean isGovernment() {
        return kind == InstitutionKind.GOVERNMENT || kind == InstitutionKind.MINISTRY || kind == InstitutionKind.AGENCY;
    }

    /** Media are sources of views and reports, never actors of an event. */
    public boolean isMedia() {
        return kind == InstitutionKind.MEDIA;
    }
}
