package io.newsflow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Newsflow service (or the broker) as a JVM process of its own, started from this test's classpath with its
 * own environment, so a scenario can kill it with SIGKILL, stop it with SIGTERM and start it again. Output goes to a
 * log file per process, appended across restarts, for diagnosing a failed run.
 */
final class JvmProcess implements AutoCloseable {

    private final String name;
    private final String mainClass;
    private final List<String> args;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private int kills;
    private int terms;
    private long slowestStopMillis;

    JvmProcess(String name, String mainClass, List<String> args, Map<String, String> env, Path logDir) {
        this.name = name;
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
        this.env = Map.copyOf(env);
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    synchronized void start() {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("NEWSFLOW_"));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- start " + name + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        kills++;
    }

    /** SIGTERM, then waits; returns whether it exited within the bound. */
    synchronized boolean stop(long seconds) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            terms++;
            slowestStopMillis = Math.max(slowestStopMillis, (System.nanoTime() - start) / 1_000_000);
            return true;
        }
        process.destroyForcibly().waitFor();
        return false;
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    int kills() {
        return kills;
    }

    int terms() {
        return terms;
    }

    long slowestStopMillis() {
        return slowestStopMillis;
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (alive()) {
            stop(30);
        }
    }
}
