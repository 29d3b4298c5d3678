package dev.shapegen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs {@code generate} in a second JVM set up for a short batch job: the C1 compiler only, and the serial collector.
 * A generation runs each piece of code a few thousand times and exits; on a 2-core machine the optimizing compiler
 * spends more CPU compiling it than it saves (sagemaker-latest: half the wall time, and a third of the memory, with
 * these flags). Where Linux gives transparent huge pages to programs that ask ({@code madvise}), the second JVM asks
 * for them: a generation allocates over a gigabyte in short-lived objects, and large pages spare it most TLB misses
 * (sagemaker-latest: a tenth less wall time, an eighth less CPU time). Where the system gives them to every program
 * ({@code always}) there is nothing to ask, and where it gives none, asking would only make the JVM print a warning.
 * {@code java -jar} cannot set these itself, so the first JVM starts the second and waits for it.
 *
 * <p>It runs in the first JVM instead when told to ({@code -Dshapegen.fork=false}), on Windows (whose command lines
 * would need quoting of their own), and when the JVM was started with any option but the plain ones listed in
 * {@link #PASSED_ON}: a compiler or collector setting, an agent, a debugger or a log file was asked for, and belongs
 * to the JVM it was given to. It also runs there when a word of the command line would not reach the second JVM as
 * it is ({@link #survives}), and when the second JVM does not start.
 */
final class BatchJvm {
    /** Set in the second JVM: the first JVM's process id and start time, so it stops with it and starts no third. */
    static final String PARENT = "shapegen.parent";
    /** Set in the second JVM: a file it deletes as soon as it runs, to tell a JVM that did not start from a failure. */
    static final String STARTED = "shapegen.started";
    static final String FORK = "shapegen.fork";
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Added where the system gives huge pages on request only: see {@link #hugePages()}. */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** Linux's setting for transparent huge pages: the mode in use is the one in brackets. */
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    /** JVM options passed on to the second JVM; with any other, the command runs in the first. */
    static final List<String> PASSED_ON = List.of("-D", "-Xmx", "-Xms", "-Xss", "-XX:MaxRAMPercentage=",
            "-XX:InitialRAMPercentage=", "-XX:MinRAMPercentage=", "-XX:MaxRAM=", "-XX:ActiveProcessorCount=",
            "-XX:+UseContainerSupport", "-XX:-UseContainerSupport", "-XX:MaxMetaspaceSize=", "-ea", "-da", "-esa",
            "-dsa", "--add-opens", "--add-exports");
    /** Environment variables whose options {@code getInputArguments()} already holds: not to be applied twice. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

    private BatchJvm() {}

    /**
     * The command that runs the same command line in a batch JVM, or empty when it should run in this one.
     *
     * @param java the {@code java} executable of this JVM
     * @param jvmOptions the options this JVM was started with
     * @param classPath this JVM's class path
     * @param fork the value of {@code -Dshapegen.fork}, or null
     * @param windows whether this runs on Windows
     * @param hugePages the system's mode for transparent huge pages ({@link #hugePages()}), or null
     * @param args the command line
     */
    static Optional<List<String>> command(Path java, List<String> jvmOptions, String classPath, String fork,
            boolean windows, String hugePages, String[] args) {
        boolean generate = args.length > 0 && args[0].equals("generate");
        if (!generate || windows || "false".equalsIgnoreCase(fork) || classPath == null || classPath.isEmpty()
                || !jvmOptions.stream().allMatch(o -> PASSED_ON.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(FLAGS);
        if ("madvise".equals(hugePages)) {
            command.add(HUGE_PAGES);
        }
        command.addAll(jvmOptions); // -Xmx and system properties, as given
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Runs the command line in a batch JVM when {@link #command} says so.
     *
     * @param err where to say that the second JVM did not start
     * @return its exit code, or empty when the command line should run in this JVM
     */
    static Optional<Integer> run(String[] args, PrintWriter err) {
        String parent = System.getProperty(PARENT);
        if (parent != null) {
            startedAsSecond(parent);
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            return Optional.empty();
        }
        Optional<List<String>> command = command(java, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), System.getProperty(FORK),
                System.getProperty("os.name", "").startsWith("Windows"), hugePages(), args);
        return run(command.filter(c -> survives(c, Charset.defaultCharset(), jnuCharset())), err);
    }

    /**
     * Whether every word of a command line reaches the second JVM as it is: Java 17 encodes a child's command line in
     * the default charset ({@code file.encoding}), later versions in the platform's, and the child decodes it in the
     * platform's ({@code sun.jnu.encoding}). A path that either cannot hold (an {@code ä} under
     * {@code -Dfile.encoding=ISO-8859-1} in a UTF-8 locale) would arrive changed, and the second JVM would write
     * somewhere else; such a command line runs in the first JVM instead.
     *
     * @param sent the charset this JVM encodes a child's command line in
     * @param platform the charset the child decodes it in, or null when unknown
     */
    static boolean survives(List<String> command, Charset sent, Charset platform) {
        if (platform == null) {
            return false;
        }
        for (String word : command) {
            if (!roundTrips(word, sent, platform) || !roundTrips(word, platform, platform)) {
                return false;
            }
        }
        return true;
    }

    private static boolean roundTrips(String word, Charset encoder, Charset decoder) {
        return new String(word.getBytes(encoder), decoder).equals(word);
    }

    /** The charset this JVM decodes file names and its own command line in, or null when it names none known. */
    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The mode of transparent huge pages on Linux ({@code always}, {@code madvise} or {@code never}), or null where
     * the system has no such setting or it cannot be read.
     */
    static String hugePages() {
        try {
            return mode(Files.readString(HUGE_PAGES_SETTING));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The mode in brackets of a setting such as {@code always [madvise] never}, or null when none is. */
    static String mode(String setting) {
        int open = setting.indexOf('[');
        int close = setting.indexOf(']', open + 1);
        return open < 0 || close < 0 ? null : setting.substring(open + 1, close);
    }

    /** Runs the command, if any; empty when it is none, or when the JVM it starts never runs shapegen. */
    static Optional<Integer> run(Optional<List<String>> command, PrintWriter err) {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Path started = null;
        try {
            ProcessHandle self = ProcessHandle.current();
            started = startedMarker(self.pid());
            List<String> line = new ArrayList<>(command.get());
            int at = line.indexOf("-cp");
            line.add(at, "-D" + PARENT + "=" + self.pid() + ":" + startMillis(self).orElse(0L));
            line.add(at + 1, "-D" + STARTED + "=" + started);
            ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
            OPTION_VARIABLES.forEach(builder.environment()::remove);
            int code = waitFor(builder.start());
            if (!Files.deleteIfExists(started)) {
                return Optional.of(code);
            }
            err.println("shapegen: a second JVM for the generation did not start (exit code " + code
                    + "); generating in this one. -D" + FORK + "=false skips the attempt.");
            err.flush();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no second JVM: run here, only slower
        } finally {
            if (started != null) {
                try {
                    Files.deleteIfExists(started);
                } catch (IOException ignored) {
                    // A temporary file left behind; nothing to act on.
                }
            }
        }
    }

    /**
     * A new empty file in the temporary folder, for the second JVM to delete. Not {@code Files.createTempFile}: its
     * random names come from a {@code SecureRandom}, whose first use in a JVM costs 20 to 40 ms here, in a first JVM
     * that exists only to start the second. The name need not be secret: the file is created only if no file or link
     * has that name ({@code CREATE_NEW}), and a name taken means another try, or, in the end, no second JVM.
     */
    static Path startedMarker(long pid) throws IOException {
        return startedMarker(Path.of(System.getProperty("java.io.tmpdir")), pid, System::nanoTime);
    }

    /** {@link #startedMarker(long)} in a given folder, with names from a given clock. */
    static Path startedMarker(Path folder, long pid, LongSupplier clock) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(folder.resolve("shapegen-" + pid + "-" + clock.getAsLong() + ".starting"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    private static int waitFor(Process process) {
        // Stopped from outside (Ctrl-C, a build's timeout), the first JVM stops the second, the one writing, and
        // lets it finish stopping.
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is stopping already; the hook waits for nothing.
                }
                return code;
            } catch (InterruptedException e) {
                // Keep waiting: the second JVM's exit code is the answer.
            }
        }
    }

    /**
     * In the second JVM: says it started, and stops when the first one ends. Killed outright ({@code kill -9}, a
     * build's hard timeout), the first JVM cannot stop the second; the second notices and stops as abruptly, leaving
     * the output as a killed run does (see {@code OutputWriter}). The first JVM is named by process id and start
     * time, so one that ended before the second looked for it is not mistaken for another that got its id.
     */
    private static void startedAsSecond(String parent) {
        String started = System.getProperty(STARTED);
        if (started != null) {
            try {
                Files.deleteIfExists(Path.of(started));
            } catch (IOException | RuntimeException e) {
                // The first JVM will think this one did not start and generate itself: slower, not wrong.
            }
        }
        int colon = parent.indexOf(':');
        long pid = Long.parseLong(parent.substring(0, colon));
        long startMillis = Long.parseLong(parent.substring(colon + 1));
        Optional<ProcessHandle> first = ProcessHandle.of(pid).filter(p -> startMillis == 0
                || startMillis(p).orElse(startMillis) == startMillis);
        if (first.isEmpty()) {
            Runtime.getRuntime().halt(ExitCodes.PARENT_KILLED);
        }
        first.get().onExit().thenRun(() -> Runtime.getRuntime().halt(ExitCodes.PARENT_KILLED));
    }

    /** When a process started, in epoch milliseconds, when the system says: with its id, it names the process. */
    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }
}
