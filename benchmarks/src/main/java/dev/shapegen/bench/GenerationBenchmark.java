package dev.shapegen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/**
 * The whole in-process pipeline on a real AWS model, next to its floor.
 *
 * <ul>
 *   <li>{@link #generate}: {@link Generator#generate} with no state file into a folder that does not exist yet:
 *       read the spec, parse, resolve and check, name, emit, write every file.</li>
 *   <li>{@link #floor}: what any generator must at least do for the same input and output: read the spec, parse it
 *       with Jackson's {@code readTree}, and write the same bytes into the same files.</li>
 * </ul>
 *
 * <p>Shapes per second are the model's shape count divided by the time per operation; {@link BenchmarkMain} prints
 * them next to the times.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GenerationBenchmark {
    private static final String PACKAGE = "bench.generated";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A file name in the models folder. */
    @Param({"sagemaker-latest.json", "ec2.json"})
    public String model;

    private Path spec;
    private List<GeneratedFile> files;
    private ScratchFolders scratch;
    private Path output;

    /** Finds the model and keeps, for the floor, the files the generator writes for it. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        spec = BenchPaths.model(model);
        files = Generator.emit(spec.toString(), Files.readAllBytes(spec),
                GenerationRequest.all(spec, Path.of("unused"), PACKAGE)).files();
        scratch = new ScratchFolders(model.replace(".json", ""));
    }

    /** Every invocation writes into a folder of its own, as a clean build would. */
    @Setup(Level.Invocation)
    public void freshOutput() {
        output = scratch.fresh();
    }

    /** Deletes this iteration's output between iterations, outside the measured time. */
    @TearDown(Level.Iteration)
    public void deleteOutput() {
        scratch.deleteUsed();
    }

    /** Removes the benchmark's scratch folder. */
    @TearDown(Level.Trial)
    public void tearDown() {
        scratch.close();
    }

    /** The full pipeline, as the command line and the Maven plugin run it (less the state file). */
    @Benchmark
    public GenerationResult generate() {
        return Generator.generate(GenerationRequest.all(spec, output, PACKAGE));
    }

    /** Read, parse into a tree, and write the same files: the floor for {@link #generate}. */
    @Benchmark
    public JsonNode floor() throws IOException {
        JsonNode tree = MAPPER.readTree(Files.readAllBytes(spec));
        Set<Path> madeDirs = new HashSet<>();
        for (GeneratedFile f : files) {
            Path target = output.resolve(f.path());
            if (madeDirs.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, f.content());
        }
        return tree;
    }
}
