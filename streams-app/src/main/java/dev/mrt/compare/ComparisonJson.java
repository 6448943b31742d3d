package dev.mrt.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** The comparison as indented JSON for tools ({@code compare --json}): the report's fields as they are named. */
public final class ComparisonJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparisonJson() {}

    public static String render(ComparisonReport r) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
