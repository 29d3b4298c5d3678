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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs with separate states into one output directory (two plugin executions, two modules): fine while their files
 * differ; refused, with nothing written, when one would overwrite and delete the other's files.
 */
class SharedOutputTest {
    private static final String ONE = """
            {"metadata": {"protocol": "json"}, "shapes": {
              "Plan": {"type": "structure", "members": {"Name": {"shape": "Name"}}},
              "Name": {"type": "string", "pattern": "^[a-z]+$"}}}
            """;
    private static final String TWO = """
            {"metadata": {"protocol": "json"}, "shapes": {
              "Offering": {"type": "structure", "members": {"Id": {"shape": "Id"}}},
              "Id": {"type": "string", "pattern": "^[0-9]+$"}}}
            """;

    @TempDir
    Path dir;

    private GenerationResult run(String json, String packageName, String state) throws IOException {
        return run(json, packageName, state, dir.resolve("out"));
    }

    private GenerationResult run(String json, String packageName, String state, Path out) throws IOException {
        Path spec = Files.writeString(dir.resolve(state + ".json"), json);
        return Generator.generate(new GenerationRequest(spec, out, packageName, List.of(), List.of(),
                state == null ? null : dir.resolve("states").resolve(state + ".state"), null));
    }

    @Test
    void twoRunsOfOnePackageIntoOneDirectoryAreRefusedNamingTheOtherState() throws IOException {
        run(ONE, "com.example.api", "plans");
        Map<String, String> before = Trees.contents(dir.resolve("out"));

        SpecException e = assertThrows(SpecException.class, () -> run(TWO, "com.example.api", "offerings"));

        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("output.shared-files"), errors.stream().map(Diagnostic::id).toList());
        String message = errors.get(0).message();
        // The runtime support files are what the two have in common; the second's Patterns would drop the first's.
        assertTrue(message.contains("com/example/api/runtime/"), message);
        assertTrue(message.contains(dir.resolve("states/plans.state").toString()), message);
        assertTrue(message.contains("its own packageName or output directory"), message);
        assertEquals(before, Trees.contents(dir.resolve("out")), "nothing was written");
        assertFalse(Files.exists(dir.resolve("states/offerings.state")));
        // Still refused when asked again, rather than the two taking turns to overwrite each other.
        assertThrows(SpecException.class, () -> run(TWO, "com.example.api", "offerings"));
        assertTrue(run(ONE, "com.example.api", "plans").upToDate(), "the first run is unaffected");
    }

    /**
     * The same spec under a new package with its own state (the command line keys states by package) leaves the old
     * package's files, which nothing would ever delete: said in a warning that names them and the state.
     */
    @Test
    void theSameSpecUnderAnotherPackageIsSaidInAWarning() throws IOException {
        run(ONE, "com.example.old", "same");
        Path spec = dir.resolve("same.json");
        GenerationResult r = Generator.generate(new GenerationRequest(spec, dir.resolve("out"), "com.example.fresh",
                List.of(), List.of(), dir.resolve("states/fresh.state"), null));
        List<Diagnostic> same = r.warnings().stream().filter(w -> w.id().equals("output.same-spec")).toList();
        assertEquals(1, same.size(), r.warnings().toString());
        String message = same.get(0).message();
        assertTrue(message.contains(dir.resolve("states/same.state").toString()), message);
        assertTrue(message.contains("delete " + dir.resolve("out/com/example/old").toAbsolutePath()), message);
        assertTrue(Files.isDirectory(dir.resolve("out/com/example/old")), "only said, not deleted");

        // A different spec in the same directory is another run's business: nothing said.
        GenerationResult other = run(TWO, "com.example.offerings", "offerings");
        assertEquals(List.of(), other.warnings().stream().filter(w -> w.id().equals("output.same-spec")).toList());
    }

    @Test
    void oneSpecSplitIntoPackagesOnPurposeIsNotWarnedAbout() throws IOException {
        // As many files each (a type, the support files, the patterns): only their names differ.
        Path spec = Files.writeString(dir.resolve("split.json"), ONE.replace("\"Name\": {\"type\": \"string\"",
                "\"Tag\": {\"type\": \"structure\", \"members\": {\"Key\": {\"shape\": \"Name\"}}}, "
                        + "\"Name\": {\"type\": \"string\""));
        Generator.generate(new GenerationRequest(spec, dir.resolve("out"), "com.example.plans", List.of("Plan"),
                List.of(), dir.resolve("states/plans.state"), null));
        GenerationResult tags = Generator.generate(new GenerationRequest(spec, dir.resolve("out"),
                "com.example.tags", List.of("Tag"), List.of(), dir.resolve("states/tags.state"), null));
        assertEquals(List.of(), tags.warnings().stream().filter(w -> w.id().equals("output.same-spec")).toList());
        assertEquals(Trees.contents(dir.resolve("out/com/example/plans")).size(),
                Trees.contents(dir.resolve("out/com/example/tags")).size(), "as many files");
    }

    /** Nor is a folder that holds the files of a third run. */
    @Test
    void aFolderHoldingAnotherRunsFilesIsNotNamedForDeletion() throws IOException {
        run(ONE, "com.example", "first");
        run(TWO, "com.example.offerings", "offerings");
        assertWarnedWithoutAFolder("first", "org.moved");
    }

    /** Under the package the other run wrote, this run's own package is not a folder to delete. */
    @Test
    void aFolderHoldingThisRunsFilesIsNotNamedForDeletion() throws IOException {
        run(ONE, "com.example", "nested");
        assertWarnedWithoutAFolder("nested", "com.example.sub");
    }

    /** Generates the spec of an earlier run under another package: one same-spec warning, naming no folder. */
    private void assertWarnedWithoutAFolder(String earlier, String packageName) {
        GenerationResult r = Generator.generate(new GenerationRequest(dir.resolve(earlier + ".json"),
                dir.resolve("out"), packageName, List.of(), List.of(), dir.resolve("states/again.state"), null));
        List<Diagnostic> same = r.warnings().stream().filter(w -> w.id().equals("output.same-spec")).toList();
        assertEquals(1, same.size(), r.warnings().toString());
        assertTrue(same.get(0).message().contains("delete its files (listed in that state)"),
                same.get(0).message());
    }

    @Test
    void aRunWithoutStateIsRefusedTooWhenItWouldOverwriteAnotherRunsFiles() throws IOException {
        run(ONE, "com.example.api", "plans");
        SpecException e = assertThrows(SpecException.class, () -> run(ONE, "com.example.api", null));
        assertEquals("output.shared-files", e.diagnostics().get(0).id());
    }

    @Test
    void runsOfDifferentPackagesShareADirectoryAndStayUpToDate() throws IOException {
        run(ONE, "com.example.plans", "plans");
        run(TWO, "com.example.offerings", "offerings");
        assertTrue(run(ONE, "com.example.plans", "plans").upToDate());
        assertTrue(run(TWO, "com.example.offerings", "offerings").upToDate());
        assertTrue(Files.isRegularFile(dir.resolve("out/com/example/plans/Plan.java")));
        assertTrue(Files.isRegularFile(dir.resolve("out/com/example/offerings/Offering.java")));
    }

    @Test
    void aRunWhoseStateIsGoneNoLongerHoldsTheDirectory() throws IOException {
        run(ONE, "com.example.api", "plans");
        Files.delete(dir.resolve("states/plans.state"));

        GenerationResult second = run(TWO, "com.example.api", "offerings");

        assertFalse(second.upToDate());
        assertTrue(Files.isRegularFile(dir.resolve("out/com/example/api/Offering.java")));
        String owners = Files.readString(dir.resolve("out/.shapegen/owners"));
        assertFalse(owners.contains("plans.state"), owners);
        assertTrue(owners.contains(dir.resolve("states/offerings.state").toString()), owners);
    }

    @Test
    void aRunUpToDateSinceBeforeTheListExistedIsListedByItsNextCheck() throws IOException {
        run(ONE, "com.example.api", "plans");
        Path owners = dir.resolve("out/.shapegen/owners");
        Files.delete(owners);

        assertTrue(run(ONE, "com.example.api", "plans").upToDate());

        assertTrue(Files.readString(owners).contains(dir.resolve("states/plans.state").toString()));
        SpecException e = assertThrows(SpecException.class, () -> run(TWO, "com.example.api", "offerings"));
        assertTrue(e.diagnostics().get(0).message().contains("plans.state"), e::getMessage);
    }

    @Test
    void aDamagedOwnersListIsPassedOverAndWrittenAgain() throws IOException {
        run(ONE, "com.example.plans", "plans");
        Path owners = dir.resolve("out/.shapegen/owners");
        byte[] damaged = ("<<<<<<< HEAD\nrelative/a.state\n\u0000\n" + dir.resolve("states/plans.state") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBadUtf8 = java.util.Arrays.copyOf(damaged, damaged.length + 2);
        withBadUtf8[damaged.length] = (byte) 0xC3;
        withBadUtf8[damaged.length + 1] = (byte) 0x28;
        Files.write(owners, withBadUtf8);

        run(TWO, "com.example.offerings", "offerings");

        String list = Files.readString(owners);
        assertTrue(list.contains(dir.resolve("states/plans.state").toString()), list);
        assertTrue(list.contains(dir.resolve("states/offerings.state").toString()), list);
        assertFalse(list.contains("HEAD") || list.contains("relative"), list);
        assertThrows(SpecException.class, () -> run(TWO, "com.example.plans", "others"));
    }

    @Test
    void theOutputReachedThroughALinkIsTheSameDirectory() throws IOException {
        run(ONE, "com.example.api", "plans");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("out"));
        SpecException e = assertThrows(SpecException.class, () -> run(TWO, "com.example.api", "offerings", link));
        assertEquals("output.shared-files", e.diagnostics().get(0).id());
    }
}
