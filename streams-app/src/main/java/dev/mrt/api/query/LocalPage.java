package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One instance's part of a paged list: its best items, whether it had more, and the partitions
 * it answered for. Travels between instances in the JSON form of {@link #toJson}.
 */
public record LocalPage(List<PageItem> items, boolean more, Set<Integer> partitions) {

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        var arr = o.putArray("entries");
        for (PageItem i : items) {
            ObjectNode e = arr.addObject();
            e.put("time", i.time());
            e.put("id", i.id());
            e.set("item", i.json());
        }
        o.put("more", more);
        var parts = o.putArray("partitions");
        partitions.forEach(parts::add);
        return o;
    }

    public static LocalPage fromJson(JsonNode o) {
        List<PageItem> items = new ArrayList<>();
        for (JsonNode e : o.path("entries")) {
            items.add(new PageItem(e.path("time").asLong(), e.path("id").asText(), e.path("item")));
        }
        Set<Integer> partitions = new TreeSet<>();
        o.path("partitions").forEach(p -> partitions.add(p.asInt()));
        return new LocalPage(items, o.path("more").asBoolean(), partitions);
    }
}
