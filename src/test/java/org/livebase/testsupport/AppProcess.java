package org.livebase.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Livebase as a separate process, started from the packaged jar, as an operator runs it: for tests that must do what a
 * test inside the application cannot, such as kill it. The process runs in {@code workDir}, so the default database
 * URL ({@code ./data/livebase}) puts its files there, with the configuration as shipped; its output goes to
 * {@code workDir/app-<n>.log}.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration READY_WAIT = Duration.ofSeconds(90);

    private final Path jar;
    private final Path workDir;
    private final int port;
    private final List<String> properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    /**
     * @param jar the packaged application ({@code target/quarkus-app/quarkus-run.jar})
     * @param properties system properties for the application, such as {@code quarkus.profile=demo}
     */
    public AppProcess(Path jar, Path workDir, int port, List<String> properties) {
        this.jar = jar;
        this.workDir = workDir;
        this.port = port;
        this.properties = List.copyOf(properties);
    }

    /** The jar the build packaged, named by the failsafe configuration in pom.xml. */
    public static Path packagedJar() {
        String jar = System.getProperty("livebase.app.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no packaged application at " + jar + ": run this test with `./mvnw verify`, "
                    + "which packages the jar before the integration tests");
        }
        return Path.of(jar);
    }

    /** Starts the application and waits until it answers ready. */
    public AppProcess start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach(p -> command.add("-D" + p));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Path log = workDir.resolve("app-" + ++starts + ".log");
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        awaitReady(log);
        return this;
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed, as when the machine's OOM killer strikes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public AppProcess restart() throws IOException, InterruptedException {
        kill();
        return start();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READY_WAIT);
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not ready within " + READY_WAIT + "; see " + log);
    }
}
