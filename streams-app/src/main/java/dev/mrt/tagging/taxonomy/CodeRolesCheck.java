package dev.mrt.tagging.taxonomy;

import static dev.mrt.tagging.taxonomy.ValueChecks.required;

import dev.mrt.tagging.taxonomy.TaxonomyYaml.CodeRolesEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.IndexEntry;

/**
 * The {@code code_roles} of the index: every role the code relies on is there (an unknown role
 * is an unknown key, caught when binding), and each names a declared code of the kind the role
 * needs: the dollar a currency, the dollar index an asset, a decision an event type, ...
 */
final class CodeRolesCheck {
    private static final String CONTEXT = "code_roles";

    private CodeRolesCheck() {}

    static void check(Place indexTop, IndexEntry index, DeclaredCodes codes) {
        if (index.codeRoles() == null || index.codeRoles().value() == null) {
            throw TaxonomyException.at(indexTop, "code_roles", "missing required key in taxonomy index");
        }
        Place at = index.codeRoles().place();
        CodeRolesEntry r = index.codeRoles().value();
        codes.requireCurrency(role(at, r.dollar(), "dollar"), "dollar");
        codes.requireAsset(role(at, r.dollarIndex(), "dollar_index"), "dollar_index");
        codes.requireAsset(role(at, r.emergingMarketFx(), "emerging_market_fx"), "emerging_market_fx");
        codes.requireAsset(role(at, r.riskSentiment(), "risk_sentiment"), "risk_sentiment");
        codes.requireEventType(role(at, r.policyDecision(), "policy_decision"), "policy_decision");
        codes.requireEventType(role(at, r.guidance(), "guidance"), "guidance");
        codes.requireEventType(role(at, r.statement(), "statement"), "statement");
        codes.requireEventType(role(at, r.officialTalks(), "official_talks"), "official_talks");
        codes.requireEventType(role(at, r.tradeTalks(), "trade_talks"), "trade_talks");
        codes.requireEventType(role(at, r.militaryAction(), "military_action"), "military_action");
        codes.requireEventType(role(at, r.tension(), "tension"), "tension");
        codes.requireEventFamily(role(at, r.monetaryFamily(), "monetary_family"), "monetary_family");
        codes.requireEventFamily(role(at, r.diplomacyFamily(), "diplomacy_family"), "diplomacy_family");
        codes.requireRoles(at, r.leaderRoles(), "leader_roles", CONTEXT);
        codes.requireRoles(at, r.centralBankerRoles(), "central_banker_roles", CONTEXT);
    }

    private static Located<String> role(Place codeRoles, Located<String> code, String key) {
        required(code, codeRoles, key, CONTEXT);
        return code;
    }
}
