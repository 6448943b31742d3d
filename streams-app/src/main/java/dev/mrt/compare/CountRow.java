package dev.mrt.compare;

/** One row of a comparison table: how often something occurs on each side. */
public record CountRow(String key, long left, long right) {

    public long difference() {
        return right - left;
    }
}
