package dev.shapegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file: up-to-date runs touch nothing, changed specs rewrite only what changed, stale files go. */
class IncrementalGenerationTest {
    private static final String V1 = """
            {"metadata": {"protocol": "json"}, "shapes": {
              "Stays": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "Goes": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "Grows": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "S": {"type": "string"}}}
            """;
    private static final String V2 = """
            {"metadata": {"protocol": "json"}, "shapes": {
              "Stays": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "Grows": {"type": "structure", "members": {"A": {"shape": "S"}, "B": {"shape": "S"}}},
              "Arrives": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "S": {"type": "string"}}}
            """;

    @TempDir
    Path dir;

    private GenerationResult run(Path spec, Path out) {
        return Generator.generate(new GenerationRequest(spec, out, "p", List.of(), List.of(),
                dir.resolve("state/p.state"), null));
    }

    private Path spec(String json) throws IOException {
        return Files.writeString(dir.resolve("spec.json"), json);
    }

    @Test
    void secondRunIsUpToDateAndTouchesNothing() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        assertFalse(run(spec, out).upToDate());
        FileTime stays = Files.getLastModifiedTime(out.resolve("p/Stays.java"));
        GenerationResult second = run(spec, out);
        assertTrue(second.upToDate());
        assertEquals(12, second.filesUnchanged());
        assertEquals(stays, Files.getLastModifiedTime(out.resolve("p/Stays.java")));
    }

    @Test
    void touchedSpecWithSameBytesIsStillUpToDate() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Files.setLastModifiedTime(spec, FileTime.fromMillis(Files.getLastModifiedTime(spec).toMillis() + 5000));
        assertTrue(run(spec, out).upToDate());
        assertTrue(run(spec, out).upToDate());
    }

    @Test
    void changedSpecRewritesChangedFilesAndRemovesStaleOnesOnly() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Path mine = Files.writeString(out.resolve("p/Mine.java"), "package p; class Mine {}");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("p/Stays.java"), old);
        Files.writeString(spec, V2);
        GenerationResult r = run(spec, out);
        assertEquals(1, r.typesAdded());
        assertEquals(1, r.typesRemoved());
        assertEquals(1, r.typesChanged());
        assertEquals(1, r.filesDeleted());
        assertTrue(r.apiChanged());
        assertFalse(Files.exists(out.resolve("p/Goes.java")));
        assertTrue(Files.exists(out.resolve("p/Arrives.java")));
        assertTrue(Files.exists(mine), "a file shapegen did not write is never deleted");
        assertEquals(old, Files.getLastModifiedTime(out.resolve("p/Stays.java")), "unchanged content is not rewritten");
    }

    @Test
    void aStateAboutAnotherDirectoryDeletesNothingHere() throws IOException {
        Path spec = spec(V1);
        run(spec, dir.resolve("first"));
        Path second = dir.resolve("second");
        Files.createDirectories(second.resolve("p"));
        Path lookalike = Files.writeString(second.resolve("p/Goes.java"), "// not ours");
        Files.writeString(spec, V2);
        GenerationResult r = run(spec, second);
        assertFalse(r.upToDate());
        assertEquals(0, r.filesDeleted());
        assertTrue(Files.exists(lookalike));
    }

    @Test
    void aTamperedStateCannotDeleteOutsideTheOutputDirectory() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path state = dir.resolve("state/p.state");
        Files.writeString(state, Files.readString(state) + "7\t1\tabc\t../victim.txt\n");
        Files.writeString(spec, V2);
        run(spec, out);
        assertTrue(Files.exists(victim));
    }

    @Test
    void anUnreadableStateMeansAFullRun() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Files.writeString(dir.resolve("state/p.state"), "garbage");
        GenerationResult r = run(spec, out);
        assertFalse(r.upToDate());
        assertEquals(12, r.filesUnchanged());
    }

    @Test
    void changedOptionsRegenerate() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        GenerationResult r = Generator.generate(new GenerationRequest(spec, out, "p", List.of("Stays"), List.of(),
                dir.resolve("state/p.state"), null));
        assertFalse(r.upToDate());
        assertEquals(2, r.filesDeleted(), "Goes and Grows are no longer selected");
    }
}
