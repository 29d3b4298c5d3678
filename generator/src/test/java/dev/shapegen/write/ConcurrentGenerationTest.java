package dev.shapegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.testing.ChildJvm;
import dev.shapegen.testing.TestPaths;
import dev.shapegen.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one output directory at once, as two command lines or two modules of a {@code mvn -T 2} build that
 * share it: both succeed, and the output ends up exactly as one run alone would leave it.
 */
class ConcurrentGenerationTest {
    private static final Path OLDER = TestPaths.root().resolve("spec/training-plans-2025-01-15.json");
    private static final Path NEWER = TestPaths.root().resolve("spec/training-plans-2025-01-16.json");

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static GenerationRequest request(Path spec, Path out, String packageName, Path state) {
        return new GenerationRequest(spec, out, packageName, List.of(), List.of(), state, null);
    }

    private static Map<String, String> reference(GenerationRequest request) throws IOException {
        return Trees.contents(Generator.emit("spec.json", Files.readAllBytes(request.spec()), request).files());
    }

    /** Runs both at the same moment; returns their results, failing with the first exception. */
    private List<GenerationResult> together(GenerationRequest a, GenerationRequest b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<GenerationResult>> runs = List.of(a, b).stream().<Callable<GenerationResult>>map(r -> () -> {
            start.await(60, TimeUnit.SECONDS);
            return Generator.generate(r);
        }).toList();
        List<GenerationResult> results = new java.util.ArrayList<>();
        for (Future<GenerationResult> f : pool.invokeAll(runs)) {
            results.add(f.get(300, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void twoThreadsWithOneStateEndWithTheTreeOfOneRun() throws Exception {
        Path spec = dir.resolve("spec.json");
        Path out = dir.resolve("out");
        GenerationRequest request = request(spec, out, "com.example.tp", out.resolve(".shapegen/tp.state"));
        // Each round changes the spec, so that both runs have something to write.
        for (Path version : List.of(NEWER, OLDER, NEWER, OLDER, NEWER, OLDER)) {
            Files.copy(version, spec, StandardCopyOption.REPLACE_EXISTING);
            together(request, request);
            Trees.assertSame(reference(request), Trees.contents(out), "after both runs on " + version.getFileName());
            assertTrue(Generator.generate(request).upToDate(), "the state left matches the files");
        }
    }

    @Test
    void twoThreadsWithTheirOwnStatesAndPackagesSharingAnOutputKeepBothOutputs() throws Exception {
        // Two modules of one build, each with its state in its own target/, generating into one directory.
        Path out = dir.resolve("shared");
        Path specA = dir.resolve("a/spec.json");
        Path specB = dir.resolve("b/spec.json");
        Files.createDirectories(specA.getParent());
        Files.createDirectories(specB.getParent());
        GenerationRequest a = request(specA, out, "com.example.a", dir.resolve("a/target/a.state"));
        GenerationRequest b = request(specB, out, "com.example.b", dir.resolve("b/target/b.state"));
        for (List<Path> versions : List.of(List.of(OLDER, NEWER), List.of(NEWER, OLDER))) {
            Files.copy(versions.get(0), specA, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(versions.get(1), specB, StandardCopyOption.REPLACE_EXISTING);
            together(a, b);
            Map<String, String> both = new HashMap<>(reference(a));
            both.putAll(reference(b));
            Trees.assertSame(both, Trees.contents(out), "after runs on " + versions);
        }
        assertTrue(Generator.generate(a).upToDate());
        assertTrue(Generator.generate(b).upToDate());
    }

    @Test
    void aSecondProcessWaitsForTheFirstAndFindsEverythingUpToDate() throws Exception {
        Path out = dir.resolve("out");
        List<String> args = List.of("generate", "--spec", NEWER.toString(), "--output", out.toString(), "--package",
                "com.example.tp");
        // The first stops halfway through staging, lock held, until well after the second has started.
        ChildJvm first = ChildJvm.start(ChildJvm.builder(dir, dir.resolve("first.log"),
                List.of("-D" + OutputWriter.PAUSE_PROPERTY + "=staging:5000"), args));
        first.awaitOutput("shapegen: paused while staging");
        IOException locked = assertThrows(IOException.class, () -> OutputLock.acquire(out, Duration.ofMillis(100)),
                "the other process holds the lock");
        assertTrue(locked.getMessage().startsWith("another shapegen run"), locked.getMessage());
        ChildJvm second = ChildJvm.start(ChildJvm.builder(dir, dir.resolve("second.log"), List.of(), args));

        assertEquals(0, first.await(), first.output());
        assertEquals(0, second.await(), second.output());
        assertTrue(first.output().contains(" written, 0 unchanged, "), first.output());
        assertTrue(second.output().startsWith("shapegen: up to date, nothing to do"), second.output());
        Trees.assertSame(reference(request(NEWER, out, "com.example.tp", null)), Trees.contents(out), "after both");
    }
}
