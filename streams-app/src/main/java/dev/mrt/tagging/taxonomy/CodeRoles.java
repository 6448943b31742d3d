package dev.mrt.tagging.taxonomy;

import java.util.Set;

/**
 * The codes the tagger's code relies on, by the role they play. Declared in the index file
 * ({@code taxonomy.yaml}, section {@code code_roles}) and checked at load like every other
 * reference, so that no code of the taxonomy is spelled in Java.
 *
 * @param dollar             the currency a move is measured against when the text names none
 * @param dollarIndex        the asset of the dollar moving with no counter-currency ("the dollar rose")
 * @param emergingMarketFx   the asset of an emerging-market currency that has no pair asset of its own
 * @param riskSentiment      the asset of risk-appetite phrases ("risk-off", "flight to safety")
 * @param policyDecision     the event type of a central bank's decision
 * @param guidance           the event type of a central bank's signals (remarks, minutes)
 * @param statement          the event type of an official's statement about another country
 * @param officialTalks      the event type of talks among officials
 * @param tradeTalks         the event type of trade talks
 * @param militaryAction     the event type of force used
 * @param tension            the event type of threats, drills and standoffs short of force
 * @param monetaryFamily     the family (code before the first dot) of what central banks do
 * @param diplomacyFamily    the family of diplomatic events
 * @param leaderRoles        people roles that make a head of state or government
 * @param centralBankerRoles people roles that make a central banker
 */
public record CodeRoles(
        String dollar,
        String dollarIndex,
        String emergingMarketFx,
        String riskSentiment,
        String policyDecision,
        String guidance,
        String statement,
        String officialTalks,
        String tradeTalks,
        String militaryAction,
        String tension,
        String monetaryFamily,
        String diplomacyFamily,
        Set<String> leaderRoles,
        Set<String> centralBankerRoles) {

    public CodeRoles {
        leaderRoles = Set.copyOf(leaderRoles);
        centralBankerRoles = Set.copyOf(centralBankerRoles);
    }

    /** An event type of the monetary family ({@code monetary.policy_decision}). */
    public boolean isMonetary(String eventType) {
        return inFamily(eventType, monetaryFamily);
    }

    /** An event type of the diplomacy family ({@code diplomacy.summit}). */
    public boolean isDiplomacy(String eventType) {
        return inFamily(eventType, diplomacyFamily);
    }

    /** {@code type} is {@code family.something}. */
    static boolean inFamily(String type, String family) {
        int n = family.length();
        return type.length() > n && type.charAt(n) == '.' && type.startsWith(family);
    }
}
