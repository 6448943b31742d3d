package dev.mrt.ingest;

/** An input article that cannot be used, with a reason a user can act on. */
public final class InvalidArticleException extends Exception {
    public InvalidArticleException(String reason) {
        super(reason);
    }
}
