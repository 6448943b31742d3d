package dev.mrt.api.live;

import dev.mrt.api.http.ApiError;
import dev.mrt.api.http.QueryParameters;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Set;

/**
 * {@code /api/v1/live}: Server-Sent Events of enriched articles ({@code event: article}) and
 * reaction links ({@code event: link}) as they are committed. Each event's id is the feed position
 * after it; a reconnecting EventSource sends it back as {@code Last-Event-ID} and misses nothing.
 * {@code ?backlog=N} starts a new client with the last N events.
 */
public final class LiveEndpoint {
    static final String BACKLOG = "backlog";
    static final String EVENT_STREAM = "text/event-stream";
    static final String LAST_EVENT_ID = "last_event_id";
    private static final Set<String> PARAMETERS = Set.of(BACKLOG, LAST_EVENT_ID);
    /** A comment this often keeps proxies and Jetty's idle timeout from closing a quiet stream, and finds dead clients. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private volatile LiveFeed feed;

    /** The feed exists once the topics do; until then the endpoint answers 503. */
    public void attach(LiveFeed liveFeed) {
        this.feed = liveFeed;
    }

    /** Runs before the stream opens, so bad requests still get a plain JSON error. */
    public void validate(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains(EVENT_STREAM)) {
            throw ApiError.notAcceptable("this is a Server-Sent Events stream: send 'Accept: " + EVENT_STREAM
                    + "' (EventSource does; with curl add -H 'Accept: " + EVENT_STREAM + "' -N)");
        }
        LiveFeed f = feed;
        if (f == null || !f.isStarted()) {
            throw ApiError.unavailable("the live feed is starting");
        }
        backlog(f, QueryParameters.of(ctx.queryParamMap(), PARAMETERS));
    }

    /**
     * Opens the stream: the request stays open (Javalin's keep-alive) and a sender thread of its
     * own moves the client's queue to it, so a slow client slows nobody else. The request ends
     * when the client leaves (Javalin's close callback) or the feed closes.
     */
    public void stream(SseClient client) {
        LiveFeed f = this.feed;
        Context ctx = client.ctx();
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), PARAMETERS);
        String lastId = ctx.header("Last-Event-ID");
        FeedPosition last = FeedPosition.parse(lastId != null ? lastId : p.text(LAST_EVENT_ID));
        LiveSubscription sub = f.subscribe(last, backlog(f, p));
        client.keepAlive();
        client.onClose(() -> f.unsubscribe(sub));
        Thread sender = new Thread(() -> send(client, sub, f), "mrt-live-client");
        sender.setDaemon(true);
        sender.start();
    }

    private static void send(SseClient client, LiveSubscription sub, LiveFeed f) {
        try {
            while (!client.terminated() && !sub.isClosed()) {
                LiveEvent e = sub.poll(HEARTBEAT);
                if (sub.isClosed() || client.terminated()) {
                    break;
                }
                if (e == null) {
                    client.sendComment("keep-alive");
                } else {
                    client.sendEvent(e.name(), e.data(), e.after().toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            f.unsubscribe(sub);
            if (!client.terminated()) {
                client.close();
            }
        }
    }

    private static int backlog(LiveFeed feed, QueryParameters p) {
        String v = p.text(BACKLOG);
        if (v == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= feed.capacity()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badParameter(
                BACKLOG, "'" + v + "' is not a whole number from 0 to " + feed.capacity() + " (live.feed.buffer)");
    }
}
