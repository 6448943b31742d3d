package dev.mrt.ingest;

import dev.mrt.avro.PriceTick;
import dev.mrt.market.Instruments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The price file local mode loads beside the sample articles ({@code prices.csv}): read whole
 * with the {@code import-prices} reader, and refused at the first bad record (a sample that does
 * not load is a bug, not data to skip). Marked synthetic unless a row says otherwise.
 */
public final class SamplePrices {
    public static final String FILE = "prices.csv";

    private SamplePrices() {}

    public static List<PriceTick> readAll(Path file, Instruments instruments) throws IOException {
        List<PriceTick> out = new ArrayList<>();
        try (ArchiveSource<PriceTick> source =
                ArchiveSource.open(file, text -> new PriceCsvReader(text, instruments, "samples/" + FILE, true))) {
            ArchiveEntry<PriceTick> e;
            while ((e = source.reader().next()) != null) {
                if (e instanceof ArchiveEntry.Rejected<PriceTick> r) {
                    throw new IOException(file + ": line " + r.line() + ": " + r.reason());
                }
                out.add(((ArchiveEntry.Parsed<PriceTick>) e).record());
            }
        }
        return out;
    }
}
