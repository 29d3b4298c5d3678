package dev.shapegen.bench;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The up-to-date check that every build runs when nothing changed (the Maven plugin calls {@link Generator#generate}
 * with a state file, and this is what it costs then), next to its floor.
 *
 * <ul>
 *   <li>{@link #firstCheck}: the check as the first shapegen call in a new JVM, as in a build: shapegen's classes
 *       load and run cold. One call per JVM, in many JVMs. The output is written beforehand by the command line in
 *       a JVM of its own, so that nothing of shapegen has run in the measured JVM before the call, and the files
 *       are listed from the state file, so that none of them has been looked at.</li>
 *   <li>{@link #check}: the same call again and again in one JVM, warm.</li>
 *   <li>{@link #firstFloor} and {@link #floor}: what any such check must at least do, cold and warm: read the
 *       modification time of the spec and of every generated file (one {@code stat} each, through
 *       {@code java.io.File}, the cheapest call the JDK offers), with the list of files already in memory.</li>
 * </ul>
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The warm benchmarks' settings; the single-shot ones set their own.
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class UpToDateBenchmark {
    private static final String PACKAGE = "bench.generated";

    /** A file name in the models folder. */
    @Param({"sagemaker-latest.json", "ec2.json"})
    public String model;

    private ScratchFolders scratch;
    private Path spec;
    private Path output;
    private Path state;
    private List<File> files;
    /** Calls in this JVM, and checks among them that did not find the output up to date. */
    private int calls;
    private int notUpToDate;
    private String notUpToDateSummary;

    /**
     * Generates the model's output and state with the command line, in a JVM of its own, and lists the files from
     * the state file, so that nothing here looks at them before they are measured.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        spec = BenchPaths.model(model);
        scratch = new ScratchFolders("uptodate-" + model.replace(".json", ""));
        Path base = scratch.fresh();
        output = base.resolve("out");
        state = base.resolve("state/bench.state");
        runCommandLine(base, "generate", "--spec", spec.toString(), "--output", output.toString(),
                "--package", PACKAGE, "--state", state.toString());
        // The files are in the page cache; their metadata should not be on its way to the disk while measured.
        ScratchFolders.sync();
        files = new ArrayList<>();
        files.add(spec.toFile());
        List<String> lines = Files.readAllLines(state);
        // Read here rather than with OutputState.read, which would run, before firstCheck, the parser it measures.
        // After the header, fingerprint, spec and output lines: size, time, hash and path, tab-separated.
        for (String line : lines.subList(4, lines.size())) {
            files.add(output.resolve(line.substring(line.lastIndexOf('\t') + 1)).toFile());
        }
    }

    /**
     * Fails the run when a check did not find the output up to date (then it measured a generation), or when a
     * single-shot benchmark ran more than once in its JVM (then its figure is not the first call's: options such as
     * {@code -i} or {@code -wi} override the annotations).
     */
    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) {
        try {
            if (notUpToDate > 0) {
                throw new IllegalStateException(notUpToDate + " of " + calls + " checks did not find " + output
                        + " up to date; one said: " + notUpToDateSummary);
            }
            if (params.getMode() == Mode.SingleShotTime && calls > 1) {
                throw new IllegalStateException(params.getBenchmark() + " ran " + calls + " times in one JVM; it "
                        + "measures the first call, so run it without -i, -wi or -bs (or leave it out: -e "
                        + "UpToDateBenchmark.first)");
            }
        } finally {
            scratch.close();
        }
    }

    /** One check, as the Maven plugin makes it: a new request, then {@link Generator#generate}. */
    private GenerationResult checkOnce() {
        calls++;
        GenerationResult r = Generator.generate(new GenerationRequest(spec, output, PACKAGE, List.of(), List.of(),
                state, null));
        if (!r.upToDate()) {
            notUpToDate++;
            notUpToDateSummary = r.summary();
        }
        return r;
    }

    /** The first up-to-date check in a new JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
    public GenerationResult firstCheck() {
        return checkOnce();
    }

    /** The floor for {@link #firstCheck}: one stat of the spec and of each generated file, in a new JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
    public long firstFloor() {
        calls++;
        return statAll();
    }

    /** The up-to-date check, warm. */
    @Benchmark
    public GenerationResult check() {
        return checkOnce();
    }

    /** The floor for {@link #check}: one stat of the spec and of each generated file, warm. */
    @Benchmark
    public long floor() {
        return statAll();
    }

    private long statAll() {
        long sum = 0;
        for (File f : files) {
            sum += f.lastModified();
        }
        return sum;
    }

    /** Runs shapegen's command line from this benchmark's own jar, in a new JVM, and waits for it to succeed. */
    private static void runCommandLine(Path workDir, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The benchmark's own class path: the same build of shapegen as the one measured, so the fingerprints agree.
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dshapegen.fork=false", "-cp",
                System.getProperty("java.class.path"), "dev.shapegen.cli.Main"));
        command.addAll(List.of(args));
        Files.createDirectories(workDir);
        Path log = workDir.resolve("generate.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("shapegen's command line failed; its output is in " + log + ":\n"
                    + Files.readString(log));
        }
    }
}
