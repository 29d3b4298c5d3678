package dev.shapegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: the one input of {@link Generator#generate}. The command line and the Maven plugin only build
 * this and report the {@link GenerationResult}.
 *
 * @param spec the AWS JSON service model file
 * @param outputDirectory the root of the generated sources; shapegen's own: it must not hold the spec, nor Java
 *     sources that shapegen did not write
 * @param packageName the Java package of the generated types
 * @param shapes shapes to generate with everything they reach; empty for all (unless operations are named)
 * @param operations operations whose input, output and error shapes to generate, with everything they reach
 * @param stateFile where to keep what this run wrote, for the up-to-date check and stale-file removal; null for
 *     none (then every run regenerates, and nothing is ever deleted)
 * @param baselineSpec an earlier version of the spec: when the spec breaks users of code generated from it, the run
 *     fails with one {@code diff.breaking} diagnostic per breaking change and writes nothing; null for no check
 */
public record GenerationRequest(
        Path spec, Path outputDirectory, String packageName, List<String> shapes, List<String> operations,
        Path stateFile, Path baselineSpec) {

    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
        shapes = List.copyOf(shapes);
        operations = List.copyOf(operations);
    }

    /** A request without a state file. */
    public GenerationRequest(Path spec, Path outputDirectory, String packageName, List<String> shapes,
            List<String> operations) {
        this(spec, outputDirectory, packageName, shapes, operations, null, null);
    }

    /** A request for every shape of the spec. */
    public static GenerationRequest all(Path spec, Path outputDirectory, String packageName) {
        return new GenerationRequest(spec, outputDirectory, packageName, List.of(), List.of());
    }
}
