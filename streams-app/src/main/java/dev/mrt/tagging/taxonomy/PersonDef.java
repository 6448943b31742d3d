package dev.mrt.tagging.taxonomy;

import java.util.List;

/**
 * A person of the taxonomy: canonical name, roles (e.g. head_of_state) and country.
 *
 * @param leader        one of the roles is a leader's ({@link CodeRoles#leaderRoles()})
 * @param centralBanker one of the roles is a central banker's ({@link CodeRoles#centralBankerRoles()})
 */
public record PersonDef(String name, List<String> roles, String country, boolean leader, boolean centralBanker) {
    public PersonDef {
        roles = List.copyOf(roles);
    }

    public boolean isLeader() {
        return leader;
    }

    public boolean isCentralBanker() {
        return centralBanker;
    }

    public boolean isGovernment() {
        return !centralBanker;
    }
}
