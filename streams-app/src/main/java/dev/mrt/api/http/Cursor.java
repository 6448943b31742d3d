package dev.mrt.api.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page ended: the sort key (time, id) of its last item. Pages run newest first, ties by
 * id, so the next page holds what sorts strictly after. Opaque to clients (URL-safe base64).
 */
public record Cursor(long time, String id) {

    public static Cursor decode(String token) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("cursor", "not a cursor returned by this API");
        }
        int sep = raw.indexOf(':');
        if (sep <= 0) {
            throw ApiError.badParameter("cursor", "not a cursor returned by this API");
        }
        try {
            return new Cursor(Long.parseLong(raw.substring(0, sep)), raw.substring(sep + 1));
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("cursor", "not a cursor returned by this API");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((time + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** True when an item with this sort key belongs after the cursor. */
    public boolean admits(long itemTime, String itemId) {
        return itemTime < time || (itemTime == time && itemId.compareTo(id) > 0);
    }
}
