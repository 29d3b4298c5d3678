package dev.shapegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import dev.shapegen.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What shapegen refuses to write into, and what a run that fails while writing leaves behind. */
class OutputSafetyTest {
    private static final String V1 = """
            {"metadata": {"protocol": "json"}, "shapes": {
              "Stays": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "Goes": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "S": {"type": "string"}}}
            """;
    private static final String V2 = """
            {"metadata": {"protocol": "json"}, "shapes": {
              "Stays": {"type": "structure", "members": {"A": {"shape": "S"}, "B": {"shape": "S"}}},
              "Arrives": {"type": "structure", "members": {"A": {"shape": "S"}}},
              "S": {"type": "string"}}}
            """;

    @TempDir
    Path dir;

    private GenerationResult run(Path spec, Path out) {
        return Generator.generate(request(spec, out));
    }

    private GenerationRequest request(Path spec, Path out) {
        return new GenerationRequest(spec, out, "pkg", List.of(), List.of(), dir.resolve("state/p.state"), null);
    }

    private Path spec(Path where, String json) throws IOException {
        Files.createDirectories(where.getParent());
        return Files.writeString(where, json);
    }

    private static Diagnostic onlyError(SpecException e) {
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void aStateFileThatNamesAFileShapegenDidNotWriteIsRefusedAndLeftAsItWas() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        for (Path state : List.of(spec, notes)) {
            Path out = dir.resolve("out-" + state.getFileName());
            GenerationRequest request = new GenerationRequest(spec, out, "pkg", List.of(), List.of(), state, null);
            Diagnostic d = onlyError(assertThrows(SpecException.class, () -> Generator.generate(request)));
            assertEquals("output.foreign-state", d.id(), d.message());
            assertTrue(d.message().contains("exists and shapegen did not write it"), d.message());
            assertFalse(Files.exists(out));
        }
        assertEquals(V1, Files.readString(spec));
        assertEquals("mine", Files.readString(notes));
        // A state file of shapegen's own, even damaged, is overwritten: that run is a full one.
        Path damaged = Files.writeString(dir.resolve("damaged.state"), "garbage");
        Generator.generate(new GenerationRequest(spec, dir.resolve("out"), "pkg", List.of(), List.of(), damaged, null));
        assertTrue(OutputState.isStateFile(damaged));
    }

    /** Every entry under root, files and directories, metadata included. */
    private static List<String> everything(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void specInsideTheOutputDirectoryIsRefusedAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        Path spec = spec(out.resolve("models/spec.json"), V1);
        List<String> before = everything(out);
        SpecException e = assertThrows(SpecException.class, () -> run(spec, out));
        Diagnostic d = onlyError(e);
        assertEquals("output.contains-spec", d.id());
        assertEquals(spec.toString(), d.location().file());
        assertTrue(d.message().contains("Choose an output directory of its own"), d.message());
        assertEquals(before, everything(out));
        assertFalse(Files.exists(dir.resolve("state")));
    }

    @Test
    void specReachedThroughALinkIntoTheOutputDirectoryIsRefusedToo() throws IOException {
        Path out = dir.resolve("out");
        spec(out.resolve("spec.json"), V1);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), out.resolve("spec.json"));
        assertEquals("output.contains-spec", onlyError(assertThrows(SpecException.class, () -> run(link, out))).id());
    }

    @Test
    void handWrittenSourceInTheOutputDirectoryIsRefusedAndNothingIsWritten() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("src/main/java");
        Files.createDirectories(out.resolve("com/example"));
        Files.writeString(out.resolve("com/example/App.java"), "package com.example;\nclass App {}\n");
        Files.writeString(out.resolve("com/example/Util.java"), "package com.example;\nclass Util {}\n");
        List<String> before = everything(out);
        Diagnostic d = onlyError(assertThrows(SpecException.class, () -> run(spec, out)));
        assertEquals("output.foreign-sources", d.id());
        assertEquals(out.toString(), d.location().file());
        assertTrue(d.message().contains("2 Java sources that shapegen did not write (com/example/App.java, "
                + "com/example/Util.java)"), d.message());
        assertTrue(d.message().contains("Choose an empty or dedicated output directory"), d.message());
        assertEquals(before, everything(out), "not even the lock file is made");
    }

    @Test
    void aHandWrittenSourceAddedAfterAnEarlierRunIsRefusedWhenTheSpecChanges() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Map<String, String> before = Trees.contents(out.resolve("pkg"));
        Files.writeString(out.resolve("pkg/Mine.java"), "package pkg;\nclass Mine {}\n");
        Files.writeString(spec, V2);
        Diagnostic d = onlyError(assertThrows(SpecException.class, () -> run(spec, out)));
        assertTrue(d.message().contains("(pkg/Mine.java)"), d.message());
        before.put("Mine.java", "package pkg;\nclass Mine {}\n");
        assertEquals(before, Trees.contents(out.resolve("pkg")));
    }

    @Test
    void generatedLookingSourcesAndOtherFilesAreNotForeign() throws IOException {
        // A first run into a directory with output of an earlier run whose state is lost, of another package, and
        // a file that is no Java source.
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("pkg"));
        Files.createDirectories(out.resolve("q"));
        Files.writeString(out.resolve("pkg/Goes.java"), "// Generated by shapegen from an AWS service model. Do not "
                + "edit.\npackage p;\nrecord Goes() {}\n");
        Files.writeString(out.resolve("q/Other.java"), "// Generated by shapegen. Do not edit.\npackage q;\n");
        Files.writeString(out.resolve("README.txt"), "notes");
        GenerationResult r = run(spec, out);
        assertTrue(r.filesWritten() > 0);
        assertTrue(Files.exists(out.resolve("q/Other.java")));
        assertTrue(Files.exists(out.resolve("README.txt")));
    }

    @Test
    void failingWhileStagingLeavesThePreviousOutputAsItWasAndTheNextRunRecovers() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("out");
        run(spec, out);
        // A plain file where the support package's directory should be: creating it fails after the other files
        // are staged (support files come last), so the run fails halfway through staging.
        Path runtime = out.resolve("pkg/runtime");
        try (Stream<Path> files = Files.list(runtime)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(runtime);
        Files.writeString(runtime, "in the way");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String f : Trees.mtimes(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(f), old);
        }
        Map<String, String> contents = Trees.contents(out);
        Map<String, FileTime> mtimes = Trees.mtimes(out);
        String state = Files.readString(dir.resolve("state/p.state"));
        Files.writeString(spec, V2);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> run(spec, out));
        assertTrue(e.getMessage().startsWith("cannot write to " + out), e.getMessage());
        assertEquals(contents, Trees.contents(out));
        assertEquals(mtimes, Trees.mtimes(out), "nothing was rewritten either");
        assertEquals(state, Files.readString(dir.resolve("state/p.state")));
        assertFalse(Files.exists(out.resolve(".shapegen/staging")), "what was staged is thrown away");
        assertFalse(Files.exists(out.resolve(".shapegen/journal")));

        Files.delete(runtime);
        GenerationResult r = run(spec, out);
        Trees.assertSame(Trees.contents(Generator.emit("spec.json", V2.getBytes(StandardCharsets.UTF_8),
                request(spec, out)).files()), Trees.contents(out), "after the failed run is retried");
        assertEquals(1, r.filesDeleted(), "Goes");
        assertTrue(run(spec, out).upToDate());
    }

    @Test
    void aStateFileThatCannotBeWrittenFailsTheRunBeforeAnyOutputIsWritten() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path aFolder = Files.createDirectories(dir.resolve("a-folder"));
        Path underAFile = Files.writeString(dir.resolve("a-file"), "").resolve("p.state");
        for (Path state : List.of(aFolder, underAFile)) {
            Path out = dir.resolve("out-" + state.getFileName());
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Generator.generate(
                    new GenerationRequest(spec, out, "pkg", List.of(), List.of(), state, null)));
            assertTrue(e.getMessage().startsWith("cannot write to " + out + ": cannot write the state file " + state
                    + ": "), e.getMessage());
            // What went wrong, not only the file's name again.
            assertTrue(e.getMessage().endsWith("is a directory; the state needs a file name of its own")
                    || e.getMessage().endsWith(": a file of that name is in the way"), e.getMessage());
            assertEquals(List.of(), everything(out).stream().filter(f -> f.endsWith(".java")).toList());
            assertFalse(Files.exists(out.resolve(".shapegen/journal")));
            // Nothing is left for the next run to finish: it runs as if the failed one had never been.
            assertTrue(Generator.generate(GenerationRequest.all(spec, out, "pkg")).filesWritten() > 0);
        }
    }

    @Test
    void aCommittedRunWhoseStateCannotBePutInPlaceDoesNotStopLaterRuns() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("out");
        run(spec, out);
        // A run cut short after its commit, whose state now has nowhere to go (its folder became a file).
        Path root = out.toAbsolutePath().normalize();
        Path staging = Files.createDirectories(Journal.staging(root));
        Files.writeString(staging.resolve("state"), "a state");
        Path blocked = Files.writeString(dir.resolve("blocked"), "").resolve("p.state");
        new Journal(List.of(new Journal.Step("state", blocked))).commit(root);

        GenerationResult r = run(spec, out);
        assertTrue(r.upToDate(), "the journal is given up, and the earlier state still holds");
        assertFalse(Files.exists(out.resolve(".shapegen/journal")));
        assertFalse(Files.exists(staging));
    }

    /**
     * A step that fails after the commit (here a name no file system takes) would fail again: the journal is dropped,
     * so later runs are not stopped replaying it. The state then claims what the run may have put in place, so the
     * next run puts right what was left half done, and deletes a file the failed run added and it does not write.
     */
    @Test
    void aStepThatFailsAfterTheCommitIsNotReplayedByLaterRuns() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Map<String, String> before = Trees.contents(out);
        Path root = out.toAbsolutePath().normalize();
        Path state = dir.resolve("state/p.state").toAbsolutePath();
        String kept = before.keySet().stream().filter(f -> f.endsWith(".java")).findFirst().orElseThrow();
        for (boolean cutShort : new boolean[] {false, true}) {
            Path staging = Files.createDirectories(Journal.staging(root));
            Files.writeString(staging.resolve("0"), "half done");
            Files.writeString(staging.resolve("1"), "added by the failed run");
            Files.writeString(staging.resolve("2"), "refused");
            Files.writeString(staging.resolve("spec"), "a spec's copy");
            Files.writeString(staging.resolve("state"), "a state never put in place");
            Journal journal = new Journal(List.of(new Journal.Step("0", root.resolve(kept)),
                    new Journal.Step("1", root.resolve("pkg/Added.java")),
                    new Journal.Step("spec", root.resolve(".shapegen/copy.spec.json")),
                    new Journal.Step("2", root.resolve("x".repeat(300) + ".java")),
                    new Journal.Step("state", state)));
            journal.commit(root);
            if (!cutShort) {
                IOException e = assertThrows(IOException.class, () -> journal.apply(root, () -> {}));
                assertTrue(e.getMessage().contains("x".repeat(20)), e.getMessage());
                assertFalse(Files.exists(root.resolve(".shapegen/journal")), "given up");
                assertFalse(Files.exists(staging));
                assertEquals("half done", Files.readString(root.resolve(kept)));
                Map<String, OutputState.FileRecord> claimed = OutputState.read(state).orElseThrow().files();
                assertTrue(claimed.containsKey("pkg/Added.java"), claimed.keySet().toString());
                assertFalse(claimed.containsKey(".shapegen/copy.spec.json"), "the spec's copy is not output");
            }
            // Cut short after the commit, the run that finds the journal gives it up the same way and goes on.
            GenerationResult r = run(spec, out);
            assertFalse(r.upToDate(), "the claimed state is no run's");
            assertEquals(before, Trees.contents(out), "the next run puts everything right, cut short " + cutShort);
            assertFalse(Files.exists(root.resolve(".shapegen/journal")));
            assertTrue(run(spec, out).upToDate());
        }
    }

    /** A state name the file system refuses (with its spec copy's suffix) fails the run before anything is written. */
    @Test
    void aStateNameTooLongForItsSpecCopyFailsBeforeAnythingIsWritten() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path out = dir.resolve("out");
        Path state = dir.resolve("st/" + "s".repeat(241) + ".state");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Generator.generate(
                new GenerationRequest(spec, out, "pkg", List.of(), List.of(), state, null)));
        assertTrue(e.getMessage().contains("cannot write the state file"), e.getMessage());
        assertEquals(List.of(), everything(out).stream().filter(f -> f.endsWith(".java")).toList());
        assertFalse(Files.exists(state));
    }

    /** Folders left empty by deleted files go, but only what is really inside the output, and never by force. */
    @Test
    void emptyFoldersGoOnlyInsideTheOutputAndNeverStopARun() throws IOException {
        Path spec = spec(dir.resolve("spec.json"), V1);
        Path outside = Files.createDirectories(dir.resolve("elsewhere/gen"));
        Files.writeString(outside.resolve("notes.txt"), "keep");
        Path out = Files.createDirectories(dir.resolve("out/org"));
        Files.createSymbolicLink(out.resolve("a"), outside);
        Path state = dir.resolve("state/links.state");
        Generator.generate(new GenerationRequest(spec, dir.resolve("out"), "org.a.x", List.of(), List.of(), state,
                null));
        assertTrue(Files.isDirectory(outside.resolve("x")), "written through the link");
        Generator.generate(new GenerationRequest(spec, dir.resolve("out"), "org.b", List.of(), List.of(), state,
                null));
        assertTrue(Files.isSymbolicLink(out.resolve("a")), "a link is not removed");
        assertTrue(Files.isDirectory(outside.resolve("x")), "nor a folder outside the output, reached through one");
        assertEquals("keep", Files.readString(outside.resolve("notes.txt")));
    }

    @Test
    void aRunWaitingLongerThanItsTimeoutGivesUpSayingWhy() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (OutputLock lock = OutputLock.acquire(out, Duration.ofSeconds(60))) {
                held.countDown();
                done.await(60, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertTrue(held.await(60, TimeUnit.SECONDS));
            IOException e = assertThrows(IOException.class, () -> OutputLock.acquire(out, Duration.ofMillis(100)));
            assertTrue(e.getMessage().startsWith("another shapegen run has been working on " + out), e.getMessage());
            assertTrue(e.getMessage().contains("-Dshapegen.lockTimeoutSeconds=SECONDS"), e.getMessage());
        } finally {
            done.countDown();
        }
        holder.get(60, TimeUnit.SECONDS);
        // Released: the next one gets it at once.
        OutputLock.acquire(out, Duration.ofMillis(100)).close();
    }
}
