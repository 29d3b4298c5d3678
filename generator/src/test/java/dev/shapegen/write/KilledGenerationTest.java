package dev.shapegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generator process killed while writing the full SageMaker model over an older one: killed while staging, the
 * older output is intact; killed while moving files into place, the next run finishes the job.
 */
class KilledGenerationTest {
    private static final String PACKAGE = "com.example.sagemaker";
    /** Emitting a SageMaker model takes seconds: each is done once for all tests. */
    private static final Map<Path, Map<String, String>> REFERENCES = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    /** The request the command line makes, state file included, so that in-process runs continue its work. */
    private static GenerationRequest request(Path spec, Path out) {
        return new GenerationRequest(spec, out, PACKAGE, List.of(), List.of(),
                out.resolve(".shapegen").resolve(PACKAGE + ".state"), null);
    }

    private static Map<String, String> reference(Path spec) {
        return REFERENCES.computeIfAbsent(spec, s -> {
            try {
                return Trees.contents(Generator.emit("spec.json", Files.readAllBytes(s), request(s, s)).files());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Starts the command line on {@code spec}, waits until it pauses at {@code point}, and kills it there. */
    private void killWhile(String point, Path spec, Path out) throws Exception {
        ChildJvm child = ChildJvm.start(ChildJvm.builder(dir, dir.resolve(point + ".log"),
                List.of("-D" + OutputWriter.PAUSE_PROPERTY + "=" + point + ":600000"),
                List.of("generate", "--spec", spec.toString(), "--output", out.toString(), "--package", PACKAGE)));
        child.awaitOutput("shapegen: paused while " + point);
        child.kill();
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void killedWhileStagingLeavesThePreviousOutputIntactAndTheNextRunWritesTheNewOne() throws Exception {
        Path older = TestPaths.awsModel("sagemaker-2025-01-15.json");
        Path newer = TestPaths.awsModel("sagemaker-latest.json");
        Path out = dir.resolve("out");
        Generator.generate(request(older, out));
        Map<String, String> contents = Trees.contents(out);
        Map<String, FileTime> mtimes = Trees.mtimes(out);
        String state = Files.readString(out.resolve(".shapegen/" + PACKAGE + ".state"));

        killWhile("staging", newer, out);
        assertTrue(count(out.resolve(".shapegen/staging")) > 100, "killed with many files staged");
        assertEquals(contents, Trees.contents(out), "the output of the older model is intact");
        assertEquals(mtimes, Trees.mtimes(out), "and not a file of it was rewritten");
        assertEquals(state, Files.readString(out.resolve(".shapegen/" + PACKAGE + ".state")));

        GenerationResult next = Generator.generate(request(newer, out));
        assertFalse(next.upToDate());
        Trees.assertSame(reference(newer), Trees.contents(out), "the next run");
        assertFalse(Files.exists(out.resolve(".shapegen/staging")), "what the killed run staged is gone");
        assertTrue(Generator.generate(request(newer, out)).upToDate());
    }

    @Test
    void killedWhileMovingFilesIntoPlaceIsFinishedByTheNextRun() throws Exception {
        Path older = TestPaths.awsModel("sagemaker-2025-01-15.json");
        Path newer = TestPaths.awsModel("sagemaker-latest.json");
        Path out = dir.resolve("out");
        Generator.generate(request(older, out));

        killWhile("applying", newer, out);
        assertTrue(Files.exists(out.resolve(".shapegen/journal")), "killed after the commit");
        Map<String, String> halfDone = Trees.contents(out);
        assertNotEquals(reference(older).keySet(), halfDone.keySet(), "killed after some files moved");
        assertNotEquals(reference(newer).keySet(), halfDone.keySet(), "killed before all files moved");

        // The next run finishes the killed one first, state included: then there is nothing left to do.
        assertTrue(Generator.generate(request(newer, out)).upToDate());
        Trees.assertSame(reference(newer), Trees.contents(out), "the killed run, finished");
        assertFalse(Files.exists(out.resolve(".shapegen/journal")));
        assertFalse(Files.exists(out.resolve(".shapegen/staging")));
        // Back to the older model: the files only the newer one has are known to be ours, so they go.
        Generator.generate(request(older, out));
        Trees.assertSame(reference(older), Trees.contents(out), "back to the older model");
    }
}
