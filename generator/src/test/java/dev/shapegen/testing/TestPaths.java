package dev.shapegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository and the shared real models are, for tests run by Maven or from an IDE. */
public final class TestPaths {
    private TestPaths() {}

    /** The repository root: {@code shapegen.root}, else the first parent of the working dir with spec/ and pom.xml. */
    public static Path root() {
        String prop = System.getProperty("shapegen.root");
        if (prop != null && !prop.isBlank() && !prop.contains("${")) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("spec")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    /** The folder of real AWS models, when present: {@code shapegen.shared}/aws-models, else ../shared/aws-models. */
    public static Optional<Path> awsModels() {
        String prop = System.getProperty("shapegen.shared");
        Path shared = prop != null && !prop.isBlank() && !prop.contains("${") ? Path.of(prop)
                : root().resolve("../shared");
        Path models = shared.resolve("aws-models").toAbsolutePath().normalize();
        return Files.isDirectory(models) ? Optional.of(models) : Optional.empty();
    }

    /** A real model by file name; the calling test is skipped, visibly, when the shared models are absent. */
    public static Path awsModel(String fileName) {
        Optional<Path> models = awsModels();
        org.junit.jupiter.api.Assumptions.assumeTrue(models.isPresent(),
                "../shared/aws-models not found: skipping the tests on real AWS models");
        return models.get().resolve(fileName);
    }

    /**
     * The AWS SDK for Java's service models ({@code *-model.json}, the service-2.json layout), which the build unpacks
     * from Maven Central into {@code shapegen.sdkModels}; empty when that property is not set (tests run from an IDE).
     *
     * @throws IllegalStateException when the property names a folder that is not there: the build lost them
     */
    public static Optional<Path> sdkModels() {
        String prop = System.getProperty("shapegen.sdkModels");
        if (prop == null || prop.isBlank() || prop.contains("${")) {
            return Optional.empty();
        }
        Path models = Path.of(prop).toAbsolutePath().normalize();
        if (!Files.isDirectory(models)) {
            throw new IllegalStateException("shapegen.sdkModels is " + models + ", which is not a folder: delete "
                    + models.getParent() + " and run mvn verify again to unpack the models");
        }
        return Optional.of(models);
    }

    public static Path fixture(String name) {
        return root().resolve("generator/src/test/resources/fixtures").resolve(name).resolve("spec.json");
    }
}
