package dev.mrt.tagging;

/** A span of {@link ArticleText#fullText()}: UTF-16 offsets, end exclusive, and the text between. */
public record Evidence(int start, int end, String text) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }

    public static Evidence of(String fullText, int start, int end) {
        return new Evidence(start, end, fullText.substring(start, end));
    }
}
