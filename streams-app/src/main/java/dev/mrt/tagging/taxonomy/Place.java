package dev.mrt.tagging.taxonomy;

/** Where a value stands in the taxonomy files, for error messages: {@code file:line:column}. */
public record Place(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
