package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything generated from our spec and from every real AWS model in ../shared/aws-models compiles with javac
 * -Xlint:all, with no errors. The real models are skipped, visibly, where ../shared is absent.
 */
class RealModelsCompileTest {
    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everySpecCompiles() throws IOException {
        List<Path> specs;
        try (Stream<Path> ours = Files.list(TestPaths.root().resolve("spec"))) {
            specs = new java.util.ArrayList<>(ours.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        if (TestPaths.awsModels().isPresent()) {
            try (Stream<Path> real = Files.list(TestPaths.awsModels().get())) {
                specs.addAll(real.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            }
        } else {
            specs.add(null);
        }
        return specs.stream().map(spec -> spec == null
                ? DynamicTest.dynamicTest("real AWS models", () -> TestPaths.awsModel("none"))
                : DynamicTest.dynamicTest(spec.getFileName().toString(), () -> compiles(spec)));
    }

    private void compiles(Path spec) throws IOException {
        String name = spec.getFileName().toString().replace(".json", "");
        GenerationRequest request = GenerationRequest.all(spec, work, "com.example." + name.replaceAll("\\W", ""));
        var emitted = Generator.emit(spec.getFileName().toString(), Files.readAllBytes(spec), request);
        CompiledCode code = CompiledCode.compile(emitted.files(), work.resolve(name));
        assertEquals(0, code.count(Diagnostic.Kind.ERROR), code.report(Diagnostic.Kind.ERROR));
        // -Xlint:all: generated code should not make users' builds noisy either.
        assertEquals(0, code.count(Diagnostic.Kind.WARNING) + code.count(Diagnostic.Kind.MANDATORY_WARNING),
                code.report(Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING));
        System.out.printf("%s: %d files compiled, no javac errors or warnings%n", name, emitted.files().size());
    }
}
