package dev.mrt.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic corpus of market news written for the benchmark: paragraphs mixing politics,
 * markets and filler, shuffled with a fixed seed and cut to a target size.
 */
final class BenchmarkCorpus {
    private static final String[] PARAGRAPHS = {
        "Treasuries drifted lower on Tuesday, with yields rising modestly across the curve after the Federal Reserve "
                + "signaled that it was in no hurry to cut interest rates. The dollar edged higher against the yen, while "
                + "gold slipped 0.4% to $2,310 an ounce.",
        "Chinese stocks rallied after Beijing unveiled fresh fiscal support for the property sector. The CSI 300 Index "
                + "rose as much as 2.1%, and the offshore yuan strengthened past 7.20 per dollar, according to traders in Shanghai.",
        "President Joe Biden and Chinese President Xi Jinping held a phone call on Thursday night, discussing trade, "
                + "Taiwan and export controls on advanced chips. Markets were broadly optimistic about the call.",
        "Oil prices jumped more than 3% after the United States imposed new sanctions on Iranian crude exports. Brent "
                + "crude futures settled up $2.10 at $86.40 a barrel, while U.S. West Texas Intermediate crude gained $1.95.",
        "The European Central Bank kept interest rates unchanged, and President Christine Lagarde said the Governing "
                + "Council would remain data dependent. The euro weakened against the dollar and Bund yields edged down.",
        "India's rupee weakened to a record low as foreign investors sold local shares ahead of the election results. "
                + "The Nifty 50 fell 1.2% and the Sensex lost 900 points in heavy trading.",
        "The city council met on Wednesday evening to discuss the new cycling lanes, the library budget and the summer "
                + "festival schedule. Residents asked about parking, street lighting and the opening hours of the pool.",
        "Analysts at a large European bank said the yen could strengthen further if the Bank of Japan raises rates "
                + "again in July, though they doubt the currency will rally much beyond 140 per dollar this year.",
        "The lira tumbled against the dollar after Turkey's central bank unexpectedly cut its policy rate, and Istanbul "
                + "stocks swung between gains and losses. Turkish bond yields climbed sharply in afternoon trading.",
        "Britain's prime minister called a snap election for July, and sterling dipped while gilts sold off. The FTSE "
                + "100 was little changed, held up by miners and energy companies.",
        "Wheat futures soared after Russian missile strikes hit grain export terminals in the Ukrainian port of Odesa. "
                + "Corn and soybeans also gained in Chicago, and European stocks slid on renewed geopolitical worries.",
        "Bitcoin surged to a fresh high above $100,000 as investors bet that regulators in Washington would take a "
                + "softer approach to crypto. The VIX fell and Wall Street stocks closed at record highs.",
        "The weather service warned of heavy rain over the weekend; officials urged residents near the river to move "
                + "vehicles to higher ground and to check on elderly neighbours before the storm arrives.",
        "Mexico's peso extended gains for a third session after the central bank held its benchmark rate, while the "
                + "Brazilian real weakened on concerns about the fiscal outlook in Brasilia.",
    };

    private BenchmarkCorpus() {}

    /** Articles of about {@code size} chars each; {@code count} of them, deterministic. */
    static List<String> articles(int size, int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder(size + 600);
            while (sb.length() < size) {
                sb.append(PARAGRAPHS[random.nextInt(PARAGRAPHS.length)]).append("\n\n");
            }
            sb.setLength(size);
            out.add(sb.toString());
        }
        return out;
    }
}
