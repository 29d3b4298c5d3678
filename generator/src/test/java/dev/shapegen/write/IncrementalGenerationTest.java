package dev.shapegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
        return Generator.generate(new GenerationRequest(spec, out, "pkg", List.of(), List.of(),
                dir.resolve("state/p.state"), null));
    }

    private Path spec(String json) throws IOException {
        return Files.writeString(dir.resolve("spec.json"), json);
    }

    /** A new package under the same state (the plugin keys states by execution) leaves no empty folders behind. */
    @Test
    void aChangedPackageTakesItsEmptyFoldersAway() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        Path state = dir.resolve("state/p.state");
        Generator.generate(new GenerationRequest(spec, out, "com.example.old", List.of(), List.of(), state, null));
        Path mine = Files.writeString(Files.createDirectories(out.resolve("com/mine")).resolve("notes.txt"), "mine");
        GenerationResult r = Generator.generate(new GenerationRequest(spec, out, "com.example.fresh", List.of(),
                List.of(), state, null));
        assertEquals(r.filesWritten(), r.filesDeleted(), "every file moved to the new package");
        assertFalse(Files.exists(out.resolve("com/example/old")), "no empty package tree is left");
        assertTrue(Files.isRegularFile(out.resolve("com/example/fresh/Stays.java")));
        assertEquals("mine", Files.readString(mine), "a folder with the user's files in it stays");
    }

    @Test
    void secondRunIsUpToDateAndTouchesNothing() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        assertFalse(run(spec, out).upToDate());
        FileTime stays = Files.getLastModifiedTime(out.resolve("pkg/Stays.java"));
        GenerationResult second = run(spec, out);
        assertTrue(second.upToDate());
        assertEquals(3 + 15, second.filesUnchanged(), "3 types and 15 support files");
        assertEquals(stays, Files.getLastModifiedTime(out.resolve("pkg/Stays.java")));
    }

    @Test
    void anEditedOrDeletedOutputFileIsWrittenAgain() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        Path edited = out.resolve("pkg/Stays.java");
        String good = Files.readString(edited);
        FileTime written = Files.getLastModifiedTime(edited);
        // Same length, new bytes; the time is moved on explicitly, as an editor's save would.
        Files.writeString(edited, good.replace("record", "RECORD"));
        Files.setLastModifiedTime(edited, FileTime.fromMillis(written.toMillis() + 5000));
        GenerationResult r = run(spec, out);
        assertFalse(r.upToDate());
        assertEquals(good, Files.readString(edited));
        assertTrue(run(spec, out).upToDate());

        Files.delete(out.resolve("pkg/Goes.java"));
        assertFalse(run(spec, out).upToDate());
        assertTrue(Files.exists(out.resolve("pkg/Goes.java")));
        assertTrue(run(spec, out).upToDate());
    }

    @Test
    void aDeletedFileWhoseTimeWasZeroIsWrittenAgain() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        // A time of 0, as an archive or a reproducible build may leave; the next run keeps the file and its time.
        Path stays = out.resolve("pkg/Stays.java");
        Files.setLastModifiedTime(stays, FileTime.fromMillis(0));
        assertFalse(run(spec, out).upToDate());
        assertEquals(0, Files.getLastModifiedTime(stays).toMillis(), "same bytes: not written again");
        assertTrue(run(spec, out).upToDate());
        // A missing file's time reads as 0 too.
        Files.delete(stays);
        assertFalse(run(spec, out).upToDate());
        assertTrue(Files.exists(stays));
    }

    @Test
    void touchedSpecWithSameBytesIsStillUpToDate() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        FileTime touched = FileTime.fromMillis(Files.getLastModifiedTime(spec).toMillis() + 5000);
        Files.setLastModifiedTime(spec, touched);
        assertTrue(run(spec, out).upToDate());
        assertEquals(touched.toMillis(), OutputState.read(dir.resolve("state/p.state")).orElseThrow().spec()
                .modifiedMillis(), "the new time is remembered, so the next check need not read the spec");
        assertTrue(run(spec, out).upToDate());
    }

    @Test
    void changedSpecRewritesChangedFilesAndRemovesStaleOnesOnly() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        // Not written by this run: a note of the user's, and a source of another run sharing the directory.
        Path notes = Files.writeString(out.resolve("pkg/notes.txt"), "keep me");
        Path other = Files.writeString(out.resolve("pkg/Other.java"), "// Generated by shapegen. Do not edit.\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("pkg/Stays.java"), old);
        Files.writeString(spec, V2);
        GenerationResult r = run(spec, out);
        assertEquals(1, r.typesAdded());
        assertEquals(1, r.typesRemoved());
        assertEquals(1, r.typesChanged());
        assertEquals(1, r.filesDeleted());
        assertTrue(r.apiChanged());
        assertFalse(Files.exists(out.resolve("pkg/Goes.java")));
        assertTrue(Files.exists(out.resolve("pkg/Arrives.java")));
        assertTrue(Files.exists(notes), "a file this run did not write is never deleted");
        assertTrue(Files.exists(other), "a file this run did not write is never deleted");
        assertEquals(old, Files.getLastModifiedTime(out.resolve("pkg/Stays.java")), "unchanged content is not rewritten");
    }

    @Test
    void aStateAboutAnotherDirectoryDeletesNothingHere() throws IOException {
        Path spec = spec(V1);
        run(spec, dir.resolve("first"));
        Path second = dir.resolve("second");
        Files.createDirectories(second.resolve("pkg"));
        // Generated, but by a run whose state this is not.
        Path lookalike = Files.writeString(second.resolve("pkg/Goes.java"), "// Generated by shapegen elsewhere");
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
        assertEquals(3 + 15, r.filesUnchanged(), "3 types and 15 support files");
    }

    @Test
    void aDamagedStateMeansAFullRunThatDeletesNothing() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        Path state = dir.resolve("state/p.state");
        run(spec, out);
        String good = Files.readString(state);
        int firstFile = good.indexOf("\n", good.indexOf("\noutput ") + 1) + 1;
        List<String> damaged = List.of(
                good.substring(0, good.length() - 10),
                good.substring(0, firstFile) + "\n" + good.substring(firstFile),
                good.substring(0, firstFile) + "x" + good.substring(firstFile),
                good.substring(0, good.indexOf("\noutput ")),
                good.substring(0, good.lastIndexOf('/') + 1),
                good + "7\t1\tabc\n",
                good + "7\t1\tabc\t\n",
                good.replaceFirst("\nspec\t([^\n]*)\n", "\nspec\t$1\tx\n"));
        for (String text : damaged) {
            Files.writeString(state, text);
            GenerationResult r = run(spec, out);
            assertFalse(r.upToDate(), text);
            assertEquals(0, r.filesDeleted(), text);
            assertTrue(run(spec, out).upToDate(), "the full run wrote a good state again");
        }
        // Line ends changed by an editor or a checkout are still read.
        Files.writeString(state, good.replace("\n", "\r\n"));
        assertTrue(run(spec, out).upToDate());
    }

    @Test
    void changedOptionsRegenerate() throws IOException {
        Path spec = spec(V1);
        Path out = dir.resolve("out");
        run(spec, out);
        GenerationResult r = Generator.generate(new GenerationRequest(spec, out, "pkg", List.of("Stays"), List.of(),
                dir.resolve("state/p.state"), null));
        assertFalse(r.upToDate());
        assertEquals(2, r.filesDeleted(), "Goes and Grows are no longer selected");
    }

    @Test
    void movingAShapeBetweenOptionsChangesTheFingerprint() {
        // Concatenated, or joined with a separator, each of the first two pairs would read the same.
        assertNotEquals(OutputState.fingerprint("AB", ""), OutputState.fingerprint("A", "B"));
        assertNotEquals(OutputState.fingerprint("a;", ""), OutputState.fingerprint("a", ";"));
        assertNotEquals(OutputState.fingerprint("a\\nb"), OutputState.fingerprint("a\nb"));
        assertEquals(OutputState.fingerprint("x", "y"), OutputState.fingerprint("x", "y"));
    }

    @Test
    void aFingerprintIsOneLine() {
        String f = OutputState.fingerprint("a\nb", "c\rd", "e\\f");
        assertFalse(f.contains("\n") || f.contains("\r"), f);
        assertEquals("3:a\\nb;3:c\\rd;3:e\\\\f;", f);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no line breaks or backslashes in Windows file names")
    void anOutputFolderWhoseNameHasALineBreakOrABackslashIsUpToDateNextTime() throws IOException {
        Path spec = spec(V1);
        for (String name : List.of("out\nput", "out\\nput", "out\rput\\", "out\\u00e4")) {
            Path out = dir.resolve(name);
            Path state = dir.resolve("state/" + name.hashCode() + ".state");
            GenerationRequest request = new GenerationRequest(spec, out, "pkg", List.of(), List.of(), state, null);
            assertFalse(Generator.generate(request).upToDate(), name);
            assertEquals(out.toAbsolutePath().normalize().toString(),
                    OutputState.read(state).orElseThrow().outputDirectory(), name);
            assertTrue(Generator.generate(request).upToDate(), name);
            assertTrue(Files.readString(state).lines().filter(l -> l.startsWith("output ")).count() == 1, name);
        }
    }

    @Test
    void anOutputFolderWhoseNameIsNotAsciiIsUpToDateNextTimeAndTheStateIsAscii() throws IOException {
        Path spec = spec(V1);
        // Latin-1, beyond it, and a character outside the BMP (two UTF-16 units).
        for (String name : List.of("ausgabe-\u00e4", "\u0432\u044b\u0432\u043e\u0434-\u20ac", "out-\ud83d\ude00")) {
            assumeFileNames(name);
            Path out = dir.resolve(name);
            Path state = dir.resolve("state/" + Integer.toHexString(name.hashCode()) + ".state");
            GenerationRequest request = new GenerationRequest(spec, out, "pkg", List.of(), List.of(), state, null);
            assertFalse(Generator.generate(request).upToDate(), name);
            byte[] bytes = Files.readAllBytes(state);
            for (byte b : bytes) {
                assertTrue(b >= 0, name + ": the state file holds a byte outside ASCII");
            }
            assertEquals(out.toAbsolutePath().normalize().toString(),
                    OutputState.read(state).orElseThrow().outputDirectory(), name);
            assertTrue(Generator.generate(request).upToDate(), name);
        }
    }

    @Test
    void aStateWithTextOutsideAsciiAsOlderBuildsWroteItMeansOneFullRun() throws IOException {
        Path spec = spec(V1);
        assumeFileNames("ausgabe-\u00e4");
        Path out = dir.resolve("ausgabe-\u00e4");
        Path state = dir.resolve("state/p.state");
        GenerationRequest request = new GenerationRequest(spec, out, "pkg", List.of(), List.of(), state, null);
        Generator.generate(request);
        // The output line as UTF-8, unescaped: the check reads it as Latin-1, which cannot match.
        String text = Files.readString(state);
        Files.writeString(state, text.replace("ausgabe-\\u00e4", "ausgabe-\u00e4"));
        assertTrue(Files.readString(state).contains("ausgabe-\u00e4"));
        assertEquals(out.toAbsolutePath().normalize().toString(),
                OutputState.read(state).orElseThrow().outputDirectory(), "read as UTF-8, for what to delete");
        assertFalse(Generator.generate(request).upToDate());
        assertTrue(Generator.generate(request).upToDate());
    }

    /** Skips, visibly, where the JVM's encoding of file names (the locale's, on Linux) cannot hold the name. */
    private static void assumeFileNames(String name) {
        Charset names = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        Assumptions.assumeTrue(names.newEncoder().canEncode(name), "file names here (" + names + ") cannot hold "
                + name + "; run with a UTF-8 locale");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no line breaks in Windows file names")
    void aBaselineWhosePathHasALineBreakStillGivesAnUpToDateRun() throws IOException {
        Path spec = spec(V1);
        Path baseline = Files.writeString(Files.createDirectories(dir.resolve("old\nspecs")).resolve("v1.json"), V1);
        Path out = dir.resolve("out");
        GenerationRequest request = new GenerationRequest(spec, out, "pkg", List.of(), List.of(),
                dir.resolve("state/p.state"), baseline);
        assertFalse(Generator.generate(request).upToDate());
        assertTrue(Generator.generate(request).upToDate());
    }
}
