package org.livebase.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a free local port, as a subscriber would run one: it keeps every post it gets and answers with
 * the status it is told to. It can be stopped and started again on the same port, as a receiver that goes down.
 */
final class Receiver implements AutoCloseable {

    /** One post as received: the headers Livebase signs with, and the raw body. */
    record Post(Map<String, String> headers, String body, int answered) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the body is not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** Whether the signature header is the HMAC of this post's timestamp and body under {@code secret}. */
        boolean signedWith(String secret) {
            String signature = header(WebhookSender.SIGNATURE);
            String timestamp = header(WebhookSender.TIMESTAMP);
            return signature != null && signature.equals("t=" + timestamp + ",v1="
                    + WebhookSender.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    final List<Post> posts = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);
    private int port;
    private HttpServer server;

    Receiver() {
        start();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** Starts listening: on a free port the first time, on the same port after {@link #stop()}. */
    void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
                int status = answer.get();
                posts.add(new Post(headers, body, status));
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    /** The posts it accepted (answered 2xx), in the order they came. */
    List<Post> accepted() {
        return posts.stream().filter(p -> p.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits until {@code condition} holds, for at most {@code limit}; fails the test if it never does. */
    static void await(Duration limit, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit.toSeconds() + "s in vain for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
