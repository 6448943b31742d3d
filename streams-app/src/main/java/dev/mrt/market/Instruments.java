package dev.mrt.market;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments of {@code instruments.yaml}: which price series measures an asset, and which
 * instrument a user's symbol names. Symbols match without regard to letter case.
 */
public final class Instruments {
    private final String version;
    private final Map<String, Instrument> byCode;
    private final Map<String, Instrument> byAsset = new LinkedHashMap<>();
    private final Map<String, SymbolMatch> bySymbol = new LinkedHashMap<>();

    /** An instrument named by a symbol; {@code inverted} when the symbol quotes its inverse. */
    public record SymbolMatch(Instrument instrument, boolean inverted) {}

    public Instruments(String version, Collection<Instrument> instruments) {
        this.version = version;
        this.byCode = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            byCode.put(i.code(), i);
            byAsset.put(i.code(), i);
            i.standsFor().forEach(a -> byAsset.putIfAbsent(a, i));
            i.symbols().forEach(s -> bySymbol.put(normalize(s), new SymbolMatch(i, false)));
            i.invertedSymbols().forEach(s -> bySymbol.put(normalize(s), new SymbolMatch(i, true)));
        }
    }

    public String version() {
        return version;
    }

    public Collection<Instrument> all() {
        return byCode.values();
    }

    public Optional<Instrument> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The instrument that measures an asset: the asset's own series, or the one standing for it. */
    public Optional<Instrument> forAsset(String assetCode) {
        return Optional.ofNullable(byAsset.get(assetCode));
    }

    /** The instrument a user's symbol names: a symbol of the file, or an instrument code itself (any case). */
    public Optional<SymbolMatch> bySymbol(String symbol) {
        SymbolMatch m = bySymbol.get(normalize(symbol));
        if (m != null) {
            return Optional.of(m);
        }
        return byCode.values().stream()
                .filter(i -> i.code().equalsIgnoreCase(symbol.strip()))
                .findFirst()
                .map(i -> new SymbolMatch(i, false));
    }

    static String normalize(String symbol) {
        return symbol.strip().toUpperCase(Locale.ROOT);
    }
}
