package dev.mrt.compare;

/** A market note as compared: asset, direction, magnitude and modality (evidence and confidence are details). */
public record NoteKey(String asset, String direction, String magnitude, String modality) {

    /** The row of the per-asset table: {@code USDCNH down}. */
    public String assetDirection() {
        return asset + " " + direction;
    }

    public String label() {
        return asset + " " + direction + " " + magnitude + " " + modality;
    }
}
