package dev.mrt.tagging.taxonomy;

import java.util.List;

/** A person of the taxonomy: canonical name, roles (e.g. head_of_state) and country. */
public record PersonDef(String name, List<String> roles, String country) {
    public PersonDef {
        roles = List.copyOf(roles);
    }

    public boolean isLeader() {
        return roles.contains("head_of_state") || roles.contains("head_of_government");
    }

    public boolean isCentralBanker() {
        return roles.contains("central_bank_governor") || roles.contains("central_banker");
    }

    public boolean isGovernment() {
        return !isCentralBanker();
    }
}
