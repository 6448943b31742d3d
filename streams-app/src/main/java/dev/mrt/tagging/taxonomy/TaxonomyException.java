package dev.mrt.tagging.taxonomy;

/** The taxonomy could not be loaded; the message names file, line, column and key. */
public final class TaxonomyException extends RuntimeException {
    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }

    static TaxonomyException at(Place place, String key, String problem) {
        return new TaxonomyException(
                (place == null ? "taxonomy" : place.toString()) + ": key '" + key + "': " + problem);
    }
}
