import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The benchmark's load driver, a process of its own: for each scenario file, N connections send GETs in a closed loop
 * for a warm-up and then a measured period, and one table row gives p50 / p95 / p99 latency and requests per second.
 *
 * <p>
 * A scenario file holds one URL path a line ({@code #} comments); {@code {host}}, {@code {agency}}, {@code {base}},
 * {@code {estate}}, {@code {city}} and {@code {certificate}} are replaced, line after line, by the values the values
 * file lists for them (comma-separated), so the requests rotate over many records. {@code {q:text}} is URL-encoded text.
 * A line {@code #! Name: value} adds that header to every request of the scenario ({@code #! Cache-Control: no-cache}
 * asks for answers made for the request, not served from the app's store of public answers). The {@code cached} column
 * is the share of measured answers the app served from that store ({@code X-Cache: hit}).
 * A scenario whose first request answers 404 is skipped: its endpoint is not in this build.
 * A line {@code #target: p95 20} gives the row the issue's target for its 95th percentile in milliseconds, and
 * {@code #target: share 25} one for its throughput in percent of the ceiling's (the first scenario, measured in the same
 * run); the {@code target} column says for each whether this run met it.
 *
 * <pre>
 * java Load --base http://127.0.0.1:18300 --values values.properties [--connections 16] [--seconds 15]
 *     [--warmup 3] scenario.urls...
 * </pre>
 */
public class Load {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> scenarios = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                scenarios.add(Path.of(args[i]));
            }
        }
        String base = options.getOrDefault("base", "http://127.0.0.1:8080");
        int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        Properties values = new Properties();
        if (options.containsKey("values")) {
            try (var reader = Files.newBufferedReader(Path.of(options.get("values")))) {
                values.load(reader);
            }
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%-28s %9s %9s %9s %9s %7s %7s  %s%n", "scenario", "p50 ms", "p95 ms", "p99 ms", "req/s",
                "errors", "cached", "target");
        double ceiling = Double.NaN;
        for (Path scenario : scenarios) {
            String name = scenario.getFileName().toString().replaceFirst("\\.urls$", "");
            List<String> lines = Files.readAllLines(scenario);
            List<String> headers = headers(lines);
            List<URI> uris = expand(base, lines, values);
            if (uris.isEmpty()) {
                System.out.printf("%-28s skipped: no URLs%n", name);
                continue;
            }
            int first = client.send(get(uris.get(0), headers), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (first == 404) {
                System.out.printf("%-28s skipped: %s answers 404 (not in this build)%n", name, uris.get(0).getPath());
                continue;
            }
            run(client, uris, headers, connections, warmup);
            Result result = run(client, uris, headers, connections, seconds);
            if (Double.isNaN(ceiling)) {
                ceiling = result.perSecond();
            }
            System.out.printf("%-28s %9.2f %9.2f %9.2f %9.0f %7d %6.0f%%  %s%n", name, result.percentile(50),
                    result.percentile(95), result.percentile(99), result.perSecond(), result.errors,
                    result.count == 0 ? 0.0 : 100.0 * result.hits / result.count, targets(lines, result, ceiling));
        }
    }

    record Result(long[] micros, int count, double seconds, long errors, long hits) {

        double percentile(double p) {
            if (count == 0) {
                return Double.NaN;
            }
            int at = (int) Math.ceil(p / 100 * count) - 1;
            return micros[Math.max(0, Math.min(count - 1, at))] / 1000.0;
        }

        double perSecond() {
            return count / seconds;
        }
    }

    /** Closed loop: each connection sends its next request when the last one is answered. */
    static Result run(HttpClient client, List<URI> uris, List<String> headers, int connections, int seconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong hits = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int me = t;
            latencies[me] = new long[1 << 16];
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    URI uri = uris.get(Math.floorMod(next.getAndIncrement(), uris.size()));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = client.send(get(uri, headers),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, answer.statusCode() + " " + uri);
                        }
                        if (answer.headers().firstValue("X-Cache").filter("hit"::equals).isPresent()) {
                            hits.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e + " " + uri);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (counts[me] == latencies[me].length) {
                        latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                    }
                    latencies[me][counts[me]++] = (System.nanoTime() - start) / 1000;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        if (firstError.get() != null) {
            System.err.println("first error: " + firstError.get());
        }
        return new Result(all, total, seconds, errors.get(), hits.get());
    }

    static HttpRequest get(URI uri, List<String> headers) {
        // Pages in English and Chinese cost the same; Accept picks HTML or JSON as a browser or client would.
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", uri.getPath().startsWith("/api/") ? "application/json" : "text/html");
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        return request.GET().build();
    }

    /** Each of the scenario's {@code #target:} lines as "p95 ≤ 20 met" or "≥ 25% of the ceiling missed (5%)". */
    static String targets(List<String> lines, Result result, double ceiling) {
        List<String> verdicts = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.startsWith("#target:")) {
                continue;
            }
            String[] target = stripped.substring("#target:".length()).strip().split("\\s+");
            if (target.length != 2) {
                continue;
            }
            double bound = Double.parseDouble(target[1]);
            if (target[0].equals("p95")) {
                verdicts.add(String.format("p95 <= %.0f ms %s", bound, result.percentile(95) <= bound ? "met" : "MISSED"));
            } else if (target[0].equals("share")) {
                double share = 100 * result.perSecond() / ceiling;
                verdicts.add(String.format(">= %.0f%% of the ceiling %s (%.0f%%)", bound, share >= bound ? "met" : "MISSED",
                        share));
            }
        }
        return String.join(", ", verdicts);
    }

    /** The scenario's {@code #! Name: value} lines. */
    static List<String> headers(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> l.startsWith("#!") && l.contains(":"))
                .map(l -> l.substring(2).strip()).toList();
    }

    /** Each template line, once per value of its placeholders (up to 200 variants a line). */
    static List<URI> expand(String base, List<String> lines, Properties values) {
        List<URI> uris = new ArrayList<>();
        for (String line : lines) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = encodeQueries(line);
            List<String> variants = new ArrayList<>(List.of(line));
            for (String key : values.stringPropertyNames()) {
                if (!line.contains("{" + key + "}")) {
                    continue;
                }
                String[] options = values.getProperty(key).split(",");
                List<String> expanded = new ArrayList<>();
                for (int i = 0; i < Math.min(200, options.length); i++) {
                    String value = URLEncoder.encode(options[i].strip(), StandardCharsets.UTF_8);
                    expanded.add(variants.get(i % variants.size()).replace("{" + key + "}", value));
                }
                variants = expanded;
            }
            variants.forEach(v -> uris.add(URI.create(base + v)));
        }
        return uris;
    }

    private static String encodeQueries(String line) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int open = line.indexOf("{q:"); open >= 0; open = line.indexOf("{q:", at)) {
            int close = line.indexOf('}', open);
            out.append(line, at, open).append(URLEncoder.encode(line.substring(open + 3, close), StandardCharsets.UTF_8));
            at = close + 1;
        }
        return out.append(line.substring(at)).toString();
    }
}
