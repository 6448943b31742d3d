package dev.mrt.tagging.taxonomy;

/** An institution: kind (central_bank, government, ministry, legislature, agency, international) and country. */
public record InstitutionDef(String name, String kind, String country) {
    public boolean isCentralBank() {
        return kind.equals("central_bank");
    }

    public boolean isGovernment() {
        return kind.equals("government") || kind.equals("ministry") || kind.equals("agency");
    }
}
