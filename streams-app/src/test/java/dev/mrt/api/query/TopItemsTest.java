package dev.mrt.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.mrt.api.http.Cursor;
import dev.mrt.api.http.PageRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopItemsTest {

    @Test
    void keepsTheNewestAfterTheCursorWhateverTheScanOrder() {
        TopItems top = new TopItems(new PageRequest(2, null));
        List.of(3, 9, 1, 7, 5).forEach(t -> top.offer(t, "id" + t, () -> TextNode.valueOf("item" + t)));

        LocalPage page = top.result(Set.of(0));
        assertThat(page.items()).extracting(PageItem::id).containsExactly("id9", "id7");
        assertThat(page.more()).isTrue();

        TopItems next = new TopItems(new PageRequest(2, new Cursor(7, "id7")));
        List.of(3, 9, 1, 7, 5).forEach(t -> next.offer(t, "id" + t, () -> TextNode.valueOf("item" + t)));
        assertThat(next.result(Set.of(0)).items()).extracting(PageItem::id).containsExactly("id5", "id3");
    }

    @Test
    void buildsJsonOnlyForItemsThatMakeThePage() {
        TopItems top = new TopItems(new PageRequest(1, null));
        int[] built = {0};
        List.of(1, 2, 3)
                .forEach(t -> top.offer(t, "id" + t, () -> {
                    built[0]++;
                    return TextNode.valueOf("x");
                }));
        top.offer(0, "old", () -> {
            throw new AssertionError("an item older than a full page must not be rendered");
        });
        assertThat(built[0]).isEqualTo(3);
        assertThat(top.result(Set.of()).items()).extracting(PageItem::id).containsExactly("id3");
    }

    @Test
    void mergingPartsOfSeveralInstancesGivesOneOrderAndACursor() {
        ScatterGather gather = new ScatterGather(null, null, new com.fasterxml.jackson.databind.ObjectMapper());
        LocalPage a = new LocalPage(
                List.of(new PageItem(9, "a9", TextNode.valueOf("a9")), new PageItem(4, "a4", TextNode.valueOf("a4"))),
                true,
                Set.of(0, 1));
        LocalPage b = new LocalPage(List.of(new PageItem(7, "b7", TextNode.valueOf("b7"))), false, Set.of(2, 3));

        var page = gather.merge(List.of(a, b), new PageRequest(2, null), List.of("10.0.0.9:8080"));
        assertThat(page.path("items")).extracting(n -> n.asText()).containsExactly("a9", "b7");
        assertThat(Cursor.decode(page.path("next_cursor").asText())).isEqualTo(new Cursor(7, "b7"));
        assertThat(page.path("complete").asBoolean()).isFalse();
        assertThat(page.path("unanswered_instances").get(0).asText()).isEqualTo("10.0.0.9:8080");
        assertThat(page.path("partitions")).extracting(n -> n.asInt()).containsExactly(0, 1, 2, 3);
    }
}
