package dev.mrt.ingest;

import dev.mrt.avro.PriceTick;
import dev.mrt.market.Instruments;
import dev.mrt.market.PriceUnit;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Price bars in CSV for {@code import-prices}: a header row, then one bar per record. Columns
 * (any order, any letter case; others such as {@code volume} are ignored): {@code time} (or
 * {@code timestamp}, {@code date}), {@code symbol} (or {@code ticker}, {@code instrument}), and
 * {@code value} (or {@code price}), or OHLC bars with {@code open, high, low, close}, of which
 * the close is used; optional {@code source} and {@code synthetic} ({@code true}/{@code false}).
 * Lines starting with {@code #} are notes. A time follows the rule of articles' {@code
 * published_at} (ISO-8601 with an offset or {@code Z}, without one as UTC, a bare date, or epoch
 * milliseconds) and is when the value was observed (for a bar, its close). The symbol is looked
 * up in {@code instruments.yaml} (an inverted symbol's value is turned over) and the value
 * checked against the instrument's unit. A bad record is rejected with the reason, as in
 * {@code import}.
 */
public final class PriceCsvReader implements ArchiveReader<PriceTick> {
    private static final List<String> TIME = List.of("time", "timestamp", "date", "datetime");
    private static final List<String> SYMBOL = List.of("symbol", "ticker", "instrument");
    private static final List<String> VALUE = List.of("value", "price", "close");

    private final CsvTable table;
    private final Instruments instruments;
    private final String defaultSource;
    private final boolean defaultSynthetic;
    private final int time;
    private final int symbol;
    private final int value;
    private final int source;
    private final int synthetic;

    /**
     * @param defaultSource    the source of a bar without a {@code source} cell (e.g. the file name)
     * @param defaultSynthetic whether a bar without a {@code synthetic} cell is made up
     */
    public PriceCsvReader(BufferedReader in, Instruments instruments, String defaultSource, boolean defaultSynthetic)
            throws IOException {
        this.table = new CsvTable(in, true, "time,symbol,value or time,symbol,open,high,low,close");
        this.instruments = instruments;
        this.defaultSource = defaultSource;
        this.defaultSynthetic = defaultSynthetic;
        this.time = column(TIME);
        this.symbol = column(SYMBOL);
        this.value = table.columns().contains("close") ? table.columns().indexOf("close") : column(VALUE);
        this.source = table.columns().indexOf("source");
        this.synthetic = table.columns().indexOf("synthetic");
    }

    private int column(List<String> names) throws IOException {
        for (String n : names) {
            int i = table.columns().indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        throw table.headerProblem("the CSV header lacks a column " + String.join(" or ", names));
    }

    @Override
    public ArchiveEntry<PriceTick> next() throws IOException {
        CsvTable.Row row = table.next();
        if (row == null) {
            return null;
        }
        if (!row.ok()) {
            return new ArchiveEntry.Rejected<>(row.line(), row.raw(), row.problem());
        }
        String[] v = row.values();
        try {
            return new ArchiveEntry.Parsed<>(row.line(), row.raw(), tick(v));
        } catch (IllegalArgumentException e) {
            return new ArchiveEntry.Rejected<>(row.line(), row.raw(), e.getMessage());
        }
    }

    private PriceTick tick(String[] v) {
        String sym = v[symbol].strip();
        if (sym.isEmpty()) {
            throw new IllegalArgumentException("missing 'symbol'");
        }
        Instruments.SymbolMatch match = instruments
                .bySymbol(sym)
                .orElseThrow(() -> new IllegalArgumentException("unknown symbol '" + sym
                        + "' (not in instruments.yaml, version " + instruments.version() + ")"));
        Instant at = time(v[time].strip());
        double number = number(v[value].strip());
        if (match.inverted()) {
            number = 1.0 / number;
        }
        PriceUnit unit = match.instrument().unit();
        String problem = unit.problemWith(number);
        if (problem != null) {
            throw new IllegalArgumentException(sym + ": " + problem);
        }
        return PriceTick.newBuilder()
                .setInstrument(match.instrument().code())
                .setTime(at)
                .setValue(number)
                .setUnit(unit.code())
                .setSymbol(sym)
                .setSource(cell(v, source).orElse(defaultSource))
                .setSynthetic(cell(v, synthetic).map(PriceCsvReader::bool).orElse(defaultSynthetic))
                .build();
    }

    private static Optional<String> cell(String[] v, int column) {
        if (column < 0 || v[column] == null || v[column].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v[column].strip());
    }

    private static Instant time(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("missing 'time'");
        }
        if (CsvArchiveReader.isDigits(text)) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(text));
            } catch (NumberFormatException tooLong) {
                throw new IllegalArgumentException("'time' is not a timestamp: '" + text + "' (too large)");
            }
        }
        try {
            return ArticleJsonParser.timestamp(text).toInstant();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'time' is not a timestamp: " + e.getMessage());
        }
    }

    private static double number(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("missing value");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + text + "' is not a number");
        }
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("'synthetic' must be true or false, not '" + text + "'");
        };
    }
}
