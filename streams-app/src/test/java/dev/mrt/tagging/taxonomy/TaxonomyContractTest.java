package dev.mrt.tagging.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.TestTaggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codes that shared/contract/taxonomy.md requires, with the families it gives them. */
class TaxonomyContractTest {
    private static final Taxonomy T = TestTaggers.TAGGER.taxonomy();

    @Test
    void everyContractAssetCodeExistsInItsFamily() {
        String[][] families = {
            {"UST_YIELDS", "UST_2Y", "UST_3Y", "UST_5Y", "UST_10Y", "UST_30Y"},
            {"BUND_YIELDS", "BUND_2Y", "BUND_10Y", "BUND_30Y"},
            {"EGB_YIELDS"},
            {"OAT_YIELDS", "OAT_10Y"},
            {"BTP_YIELDS", "BTP_2Y", "BTP_10Y"},
            {"GILT_YIELDS", "GILT_2Y", "GILT_10Y", "GILT_30Y"},
            {"JGB_YIELDS", "JGB_2Y", "JGB_5Y", "JGB_10Y", "JGB_30Y"},
            {"CGB_YIELDS", "CGB_10Y"},
            {"IGB_YIELDS", "IGB_10Y"},
            {"AR_BOND_YIELDS"},
            {"EM_BOND_YIELDS"},
            {"GLOBAL_BOND_YIELDS"},
            {"BTP_BUND_SPREAD"},
            {"OAT_BUND_SPREAD"},
            {"CREDIT_SPREADS"},
            {"DXY"},
            {"YUAN", "USDCNY", "USDCNH", "CNY_FIX"},
            {"EURUSD"},
            {"USDJPY"},
            {"EURJPY"},
            {"GBPUSD"},
            {"AUDUSD"},
            {"USDCAD"},
            {"USDCHF"},
            {"USDRUB"},
            {"USDMXN"},
            {"USDTRY"},
            {"USDINR"},
            {"USDKRW"},
            {"USDBRL"},
            {"USDARS"},
            {"USDPEN"},
            {"USDZAR"},
            {"EM_FX"},
            {"US_EQUITIES", "SPX", "NASDAQ", "NDX", "DJIA", "RUSSELL2000"},
            {"CN_EQUITIES", "CSI300", "SHCOMP", "SZCOMP"},
            {"HK_EQUITIES", "HSI", "HSCEI"},
            {"JP_EQUITIES", "NIKKEI", "TOPIX"},
            {"KR_EQUITIES", "KOSPI", "KOSDAQ"},
            {"IN_EQUITIES", "NIFTY50", "SENSEX"},
            {"UK_EQUITIES", "FTSE100", "FTSE250"},
            {"EU_EQUITIES", "STOXX600", "EUROSTOXX50", "DAX", "CAC40", "FTSEUROFIRST300", "FTSEMIB", "IBEX35"},
            {"AR_EQUITIES", "MERVAL"},
            {"TR_EQUITIES", "BIST100"},
            {"RU_EQUITIES", "RTS", "MOEX"},
            {"AU_EQUITIES", "ASX200"},
            {"EM_EQUITIES"},
            {"GLOBAL_EQUITIES"},
            {"OIL", "OIL_BRENT", "OIL_WTI"},
            {"NATGAS"},
            {"GOLD"},
            {"SILVER"},
            {"COPPER"},
            {"SOYBEANS"},
            {"WHEAT"},
            {"CORN"},
            {"BTC"},
            {"VIX"},
            {"RISK_SENTIMENT"}
        };
        for (String[] family : families) {
            for (String code : family) {
                assertThat(T.asset(code)).as(code).isPresent();
                assertThat(T.familyOf(code)).as(code).isEqualTo(family[0]);
            }
        }
    }

    @Test
    void everyContractEventTypeExists() {
        assertThat(T.eventTypes())
                .containsAll(List.of(
                        "diplomacy.leader_call",
                        "diplomacy.summit",
                        "diplomacy.official_talks",
                        "diplomacy.statement",
                        "trade.tariffs",
                        "trade.talks",
                        "trade.export_controls",
                        "sanctions",
                        "monetary.policy_decision",
                        "monetary.guidance",
                        "fiscal.policy",
                        "fiscal.rating_action",
                        "election",
                        "conflict.military",
                        "conflict.tension",
                        "government.leadership_change",
                        "government.crisis",
                        "regulation.action",
                        "public_health.policy"));
    }

    @Test
    void vocabularyIsBroad() {
        Taxonomy.Stats s = T.stats();
        assertThat(s.people()).isGreaterThan(250);
        assertThat(s.countries()).isGreaterThan(60);
        assertThat(s.assets()).isGreaterThan(100);
        assertThat(s.triggers()).isGreaterThan(400);
        assertThat(T.countriesOf("USDCNH")).containsExactly("CN", "US");
        assertThat(T.version()).matches("[0-9]+(\\.[0-9]+)+");
    }

    /** The contract gives these roles their codes: "the dollar rose" is DXY up, risk-on is RISK_SENTIMENT up, ... */
    @Test
    void codeRolesNameTheContractsCodes() {
        CodeRoles r = T.roles();
        assertThat(r.dollar()).isEqualTo("USD");
        assertThat(r.dollarIndex()).isEqualTo("DXY");
        assertThat(r.emergingMarketFx()).isEqualTo("EM_FX");
        assertThat(r.riskSentiment()).isEqualTo("RISK_SENTIMENT");
        assertThat(r.policyDecision()).isEqualTo("monetary.policy_decision");
        assertThat(r.guidance()).isEqualTo("monetary.guidance");
        assertThat(r.militaryAction()).isEqualTo("conflict.military");
        assertThat(r.tension()).isEqualTo("conflict.tension");
        assertThat(T.assetClassOf(r.riskSentiment())).isEqualTo(AssetClass.SENTIMENT);
    }
}
