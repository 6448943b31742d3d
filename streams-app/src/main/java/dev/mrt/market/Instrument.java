package dev.mrt.market;

import java.util.List;

/**
 * A price series the realized moves are measured on: a taxonomy asset code, its unit, the user's
 * symbols for it (a symbol in {@code invertedSymbols} quotes the inverse, e.g. CNHUSD for
 * USDCNH: its values are turned over on import), and the asset codes it stands for (the 10-year
 * yield for "Treasury yields").
 */
public record Instrument(
        String code, PriceUnit unit, List<String> symbols, List<String> invertedSymbols, List<String> standsFor) {

    public Instrument {
        symbols = List.copyOf(symbols);
        invertedSymbols = List.copyOf(invertedSymbols);
        standsFor = List.copyOf(standsFor);
    }
}
