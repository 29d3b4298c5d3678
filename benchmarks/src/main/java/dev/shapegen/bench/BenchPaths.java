package dev.shapegen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find their input and put their output. Everything is found from the location of this class
 * (the repository's {@code benchmarks/target/benchmarks.jar} or {@code benchmarks/target/classes}), so the benchmarks
 * work from any working directory, and JMH's forked JVMs find the same places.
 */
public final class BenchPaths {
    /** Overrides the folder of the real AWS models. */
    public static final String MODELS_PROPERTY = "shapegen.models";
    /** Overrides where generated output is written while measuring. */
    public static final String SCRATCH_PROPERTY = "shapegen.bench.scratch";

    private BenchPaths() {}

    /** The repository root: the folder that holds {@code benchmarks/}. */
    public static Path repositoryRoot() {
        Path here;
        try {
            here = Path.of(BenchPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the benchmark classes are", e);
        }
        // benchmarks/target/benchmarks.jar and benchmarks/target/classes are both three levels below the root.
        Path root = here.toAbsolutePath().normalize().getParent().getParent().getParent();
        if (root == null || !Files.isDirectory(root.resolve("benchmarks"))) {
            throw new IllegalStateException("the benchmarks must run from the jar or classes that the build put in "
                    + "benchmarks/target, but they run from " + here);
        }
        return root;
    }

    /**
     * The folder of the real AWS models: {@code ../shared/aws-models} relative to the repository root, unless
     * {@code -Dshapegen.models=DIR} says otherwise.
     *
     * @throws IllegalStateException naming the folder looked for, when it is not there
     */
    public static Path modelsDirectory() {
        String override = System.getProperty(MODELS_PROPERTY);
        Path dir = override != null ? Path.of(override).toAbsolutePath().normalize()
                : repositoryRoot().resolve("../shared/aws-models").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the real AWS models are not in " + dir + ": the generation benchmarks "
                    + "read them from ../shared/aws-models next to the repository; put them there or pass -D"
                    + MODELS_PROPERTY + "=DIR before -jar");
        }
        return dir;
    }

    /**
     * One real AWS model, such as {@code sagemaker-latest.json}.
     *
     * @throws IllegalStateException naming the file, when it is not there
     */
    public static Path model(String fileName) {
        Path file = modelsDirectory().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no model " + fileName + " in " + file.getParent());
        }
        return file;
    }

    /**
     * A folder for output written while measuring: {@code benchmarks/target/bench-scratch} unless
     * {@code -Dshapegen.bench.scratch=DIR} says otherwise. It is on the same disk as a build's output would be.
     */
    public static Path scratchDirectory() {
        String override = System.getProperty(SCRATCH_PROPERTY);
        Path dir = override != null ? Path.of(override)
                : repositoryRoot().resolve("benchmarks/target/bench-scratch");
        try {
            return Files.createDirectories(dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch folder " + dir, e);
        }
    }
}
