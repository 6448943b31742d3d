package dev.mrt.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The lines of a JSON Lines text that hold something, with their 1-based line numbers (blank
 * lines are not records but still count); a byte-order mark before the first line is dropped.
 */
public final class NumberedLines {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedReader in;
    private long number;

    public NumberedLines(BufferedReader in) {
        this.in = in;
    }

    public record Line(long number, String text) {}

    /** The next non-blank line, or null at the end. */
    public Line next() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            number++;
            if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                return new Line(number, text);
            }
        }
        return null;
    }
}
