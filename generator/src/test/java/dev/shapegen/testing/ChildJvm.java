package dev.shapegen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a JVM of its own, on the test classpath: for runs that are killed, or run side by side. */
public final class ChildJvm {
    /** Long enough for the largest model on a busy machine; only reached when something hangs. */
    private static final long PATIENCE_SECONDS = 300;

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** A builder for {@code java OPTIONS dev.shapegen.cli.Main ARGS} in {@code workDir}, output to {@code log}. */
    public static ProcessBuilder builder(Path workDir, Path log, List<String> options, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // The writer itself runs here, not in a batch JVM it would start: killing this process kills the writer.
        command.add("-Dshapegen.fork=false");
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.shapegen.cli.Main");
        command.addAll(args);
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
    }

    public static ChildJvm start(ProcessBuilder builder) throws IOException {
        return new ChildJvm(builder.start(), builder.redirectOutput().file().toPath());
    }

    /** Waits until the child has printed {@code marker}; fails if it ends or hangs first. */
    public void awaitOutput(String marker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!output().contains(marker)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                // A child left paused would hold the output's lock for as long as it was asked to pause.
                process.destroyForcibly().waitFor();
                throw new AssertionError("the child JVM did not print \"" + marker + "\": " + output());
            }
            Thread.sleep(20);
        }
    }

    /** Waits for the end; returns the exit code. */
    public int await() throws InterruptedException, IOException {
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not finish: " + output());
        }
        return process.exitValue();
    }

    /** Kills it as a crash or {@code kill -9} would: no shutdown hooks, no finally blocks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String output() throws IOException {
        return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1) : "";
    }
}
