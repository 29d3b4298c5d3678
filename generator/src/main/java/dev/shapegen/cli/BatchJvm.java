package dev.shapegen.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code generate} in a second JVM set up for a short batch job: the C1 compiler only, and the serial collector.
 * A generation runs each piece of code a few thousand times and exits; on a 2-core machine the optimizing compiler
 * spends more CPU compiling it than it saves (sagemaker-latest: half the CPU time, and a third of the memory, with
 * these flags). {@code java -jar} cannot set them itself, so the first JVM starts the second and waits for it.
 *
 * <p>It runs in the first JVM instead when told to ({@code -Dshapegen.fork=false}), when it is the second JVM, and
 * when the JVM was started with a compiler or collector setting, an agent or a debugger: those were asked for.
 */
final class BatchJvm {
    /** Set in the second JVM, so it does not start a third. */
    static final String CHILD = "shapegen.forked";
    static final String FORK = "shapegen.fork";
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** JVM options that mean someone chose how this JVM runs. */
    private static final List<String> CHOSEN = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-Xint", "-Xcomp", "-XX:+Use", "-XX:-Use", "-agentlib", "-agentpath", "-javaagent",
            "-Xdebug", "-Xrunjdwp", "-XX:StartFlightRecording", "-XX:+UnlockExperimentalVMOptions");

    private BatchJvm() {}

    /**
     * The command that runs the same command line in a batch JVM, or empty when it should run in this one.
     *
     * @param java the {@code java} executable of this JVM, if known
     * @param jvmOptions the options this JVM was started with
     * @param classPath this JVM's class path
     * @param fork the value of {@code -Dshapegen.fork}, or null
     * @param child whether this is already the second JVM
     * @param args the command line
     */
    static Optional<List<String>> command(Optional<String> java, List<String> jvmOptions, String classPath,
            String fork, boolean child, String[] args) {
        boolean generate = args.length > 0 && args[0].equals("generate");
        if (!generate || child || "false".equals(fork) || java.isEmpty() || classPath == null || classPath.isEmpty()
                || jvmOptions.stream().anyMatch(o -> CHOSEN.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(FLAGS);
        command.addAll(jvmOptions); // -Xmx and system properties, as given
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Runs the command line in a batch JVM when {@link #command} says so.
     *
     * @return its exit code, or empty when the command line should run in this JVM
     */
    static Optional<Integer> run(String[] args) {
        if (Boolean.getBoolean(CHILD)) {
            stopWithParent();
            return Optional.empty();
        }
        Optional<List<String>> command = command(ProcessHandle.current().info().command(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), System.getProperty(FORK), Boolean.getBoolean(CHILD), args);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process process;
        try {
            process = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no second JVM: run here, only slower
        }
        // Stopped from outside (a build's timeout), the first JVM stops the second: it is the one writing.
        Thread stop = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = process.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return Optional.of(code);
            } catch (InterruptedException e) {
                // Keep waiting: the second JVM's exit code is the answer.
            }
        }
    }

    /**
     * In the second JVM: stops when the first one ends. Killed outright ({@code kill -9}, a build's hard timeout),
     * the first JVM cannot stop the second; the second notices and stops as abruptly, leaving the output as a killed
     * run does (see {@code OutputWriter}).
     */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(ExitCodes.PARENT_KILLED)));
    }
}
