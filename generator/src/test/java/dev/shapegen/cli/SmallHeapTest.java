package dev.shapegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.testing.ChildJvm;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} fits in a heap of 256 MB on every real model in ../shared/aws-models (EC2's 4,209 shapes among
 * them), with the compiler and collector flags of the jar's second JVM and {@code -Xmx256m}, as the jar passes it on
 * (not huge pages, which change speed, not the heap). EC2 needs about 40 MB
 * (it runs out of memory with 32 MB), so this would catch a change that made generation several times hungrier.
 * Skipped, visibly, where ../shared is absent.
 */
class SmallHeapTest {
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyRealModelGeneratesIn256Mb() throws IOException {
        if (TestPaths.awsModels().isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("real AWS models", () -> TestPaths.awsModel("none")));
        }
        try (Stream<Path> real = Files.list(TestPaths.awsModels().get())) {
            return real.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> generates(spec)));
        }
    }

    private void generates(Path spec) throws IOException, InterruptedException {
        String name = spec.getFileName().toString().replace(".json", "");
        Path out = work.resolve(name);
        List<String> options = new ArrayList<>(BatchJvm.FLAGS);
        // The last -Xmx counts: this one, after the child's default.
        options.add(HEAP);
        ChildJvm child = ChildJvm.start(ChildJvm.builder(work, work.resolve(name + ".log"), options,
                List.of("generate", "--spec", spec.toString(), "--output", out.toString(), "--package",
                        "com.example." + name.replaceAll("\\W", ""))));
        int code = child.await();
        String log = child.output();
        assertFalse(log.contains("OutOfMemoryError"), log);
        assertEquals(0, code, log);
        assertTrue(log.startsWith("shapegen: ") && log.contains(" written, "), log);
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".java")), "no sources in " + out);
        }
        System.out.printf("%s with %s: %s", name, HEAP, log);
    }
}
