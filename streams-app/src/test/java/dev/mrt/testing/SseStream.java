package dev.mrt.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A Server-Sent Events connection read in the background into a list of events, for tests. */
public final class SseStream implements AutoCloseable {
    /** One event: its name, data and id (null when the stream gave none). */
    public record Event(String name, String data, String id) {}

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    public SseStream(String url, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        headers.forEach(b::header);
        response = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .sendAsync(b.GET().build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            lines = r.body();
            Map<String, String> fields = new HashMap<>();
            try {
                lines.forEach(line -> {
                    if (line.isEmpty()) {
                        if (fields.containsKey("event") || fields.containsKey("data")) {
                            events.add(new Event(
                                    fields.getOrDefault("event", "message"), fields.get("data"), fields.get("id")));
                        }
                        fields.clear();
                    } else if (!line.startsWith(":")) {
                        int colon = line.indexOf(':');
                        String value =
                                colon < 0 ? "" : line.substring(colon + 1).stripLeading();
                        fields.merge(colon < 0 ? line : line.substring(0, colon), value, (a, c) -> a + "\n" + c);
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
    }

    public List<Event> events() {
        return new ArrayList<>(events);
    }

    /** Events other than the feed's own control events (ready, reset). */
    public List<Event> records() {
        return events().stream()
                .filter(e -> !e.name().equals("ready") && !e.name().equals("reset"))
                .toList();
    }

    public int status() {
        return response.join().statusCode();
    }

    @Override
    public void close() {
        response.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }
}
