package dev.mrt.tagging;

/** A span of {@link ArticleText#fullText()}: UTF-16 offsets, end exclusive, and the text between. */
public record EvidenceSpan(int start, int end, String text) {

    public EvidenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }

    public static EvidenceSpan of(String fullText, int start, int end) {
        return new EvidenceSpan(start, end, fullText.substring(start, end));
    }
}
