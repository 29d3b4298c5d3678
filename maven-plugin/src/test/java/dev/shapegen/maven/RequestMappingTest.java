package dev.shapegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestMappingTest {
    private static final File SPEC = new File("spec/api.json");
    private static final File OUT = new File("target/generated-sources/shapegen");
    private static final File BUILD = new File("target");

    /** The check for resource directories all copied whole, the build directory {@code target}. */
    private static String clash(File output, List<File> sources, List<File> resources) {
        return RequestMapping.sourceRootClash(output, sources, resources, resources, BUILD);
    }

    @Test
    void parametersBecomeTheRequest() {
        GenerationRequest r = RequestMapping.toRequest(SPEC, " com.example.api ", OUT, List.of("A", "B"),
                List.of("Op"), BUILD, "g:a", "default-cli", new File("baseline.json"));
        assertEquals(SPEC.toPath(), r.spec());
        assertEquals(OUT.toPath(), r.outputDirectory());
        assertEquals("com.example.api", r.packageName());
        assertEquals(List.of("A", "B"), r.shapes());
        assertEquals(List.of("Op"), r.operations());
        assertEquals(Path.of("target", "shapegen-state", "default-cli.state"), r.stateFile());
        assertEquals(Path.of("baseline.json"), r.baselineSpec());
    }

    @Test
    void absentListsMeanEverything() {
        GenerationRequest r = RequestMapping.toRequest(SPEC, "pkg", OUT, null, null, BUILD, "g:a", "x", null);
        assertEquals(null, r.baselineSpec());
        assertEquals(List.of(), r.shapes());
        assertEquals(List.of(), r.operations());
    }

    @Test
    void commaSeparatedEntriesAndBlanksFromUserPropertiesAreSplitAndTrimmed() {
        assertEquals(List.of("A", "B", "C"), RequestMapping.names(Arrays.asList(" A, B ", null, "", "C,")));
    }

    @Test
    void eachExecutionKeepsItsOwnState() {
        GenerationRequest one = RequestMapping.toRequest(SPEC, "pkg", OUT, null, null, BUILD, "g:a", "sagemaker",
                null);
        GenerationRequest two = RequestMapping.toRequest(SPEC, "pkg", OUT, null, null, BUILD, "g:a", "dynamodb",
                null);
        assertNotEquals(one.stateFile(), two.stateFile());
        assertEquals("odd_id_.state", RequestMapping.toRequest(SPEC, "pkg", OUT, null, null, BUILD, "g:a", "odd/id?",
                null).stateFile().getFileName().toString());
        assertEquals("default.state", RequestMapping.toRequest(SPEC, "pkg", OUT, null, null, BUILD, "g:a", null, null)
                .stateFile().getFileName().toString());
    }

    @Test
    void anOutputOutsideTheBuildDirectoryKeepsTheStateWithItSoThatCleanDoesNotLoseIt() {
        File outside = new File("src/generated/java");
        assertEquals(Path.of("src", "generated", "java", ".shapegen", "com.example@api@gen.state"),
                RequestMapping.toRequest(SPEC, "pkg", outside, null, null, BUILD, "com.example:api", "gen", null)
                        .stateFile());
        assertNotEquals(RequestMapping.stateFile(outside, BUILD, "com.example:one", "gen"),
                RequestMapping.stateFile(outside, BUILD, "com.example:two", "gen"));
        // Dots are allowed in each part, so the parts' separator must be a character no part keeps.
        assertNotEquals(RequestMapping.stateFile(outside, BUILD, "com.example:api.gen", "x"),
                RequestMapping.stateFile(outside, BUILD, "com.example:api", "gen.x"));
        assertEquals(Path.of("target", "shapegen-state", "gen.state"),
                RequestMapping.stateFile(new File("target/./gen"), BUILD, "com.example:api", "gen"));
    }

    @Test
    void theProjectsOwnSourceAndResourceDirectoriesAreRefusedAsOutput() {
        List<File> sources = List.of(new File("src/main/java"), new File("src/test/java"));
        List<File> resources = List.of(new File("src/main/resources"));
        assertEquals(null, clash(OUT, sources, resources));
        assertEquals(null, clash(new File("src/generated/java"), sources, resources));
        String same = clash(new File("src/main/java"), sources, resources);
        assertTrue(same.contains(" is the project's own "), same);
        assertTrue(same.contains("Set outputDirectory to a directory of its own"), same);
        assertTrue(clash(new File("src/main/resources"), sources, resources)
                .contains(" is the project's own "));
        String inside = clash(new File("src/main/java/gen"), sources, resources);
        assertTrue(inside.contains(" lies in the project's own "), inside);
        String holding = clash(new File("src"), sources, resources);
        assertTrue(holding.contains(" holds the project's own "), holding);
        String inResources = clash(new File("src/main/resources/gen"), sources, resources);
        assertTrue(inResources.contains(" lies in the project's own ") && inResources.contains("copied into the jar"),
                inResources);
    }

    @Test
    void theProjectRootAsAResourceDirectoryLeavesTheDefaultOutputAlone() {
        // Many poms ship LICENSE and NOTICE from the project's root as resources.
        List<File> resources = List.of(new File("src/main/resources"), new File("").getAbsoluteFile());
        assertEquals(null, clash(OUT, List.of(new File("src/main/java")), resources));
        // A resource directory that holds the build directory is taken for the project's root, not only for target.
        assertEquals(null, RequestMapping.sourceRootClash(new File("generated"), List.of(new File("src/main/java")),
                resources, resources, BUILD));
        // Only includes make a resource directory selective: excludes alone still let generated sources through.
        org.apache.maven.model.Resource onlyProperties = new org.apache.maven.model.Resource();
        onlyProperties.addInclude("**/*.properties");
        org.apache.maven.model.Resource notTxt = new org.apache.maven.model.Resource();
        notTxt.addExclude("**/*.txt");
        assertTrue(!RequestMapping.copiedWhole(onlyProperties) && RequestMapping.copiedWhole(notTxt));
        // A resource directory with includes copies what they say: an output inside it is not refused.
        List<File> src = List.of(new File("src"));
        assertEquals(null, RequestMapping.sourceRootClash(new File("src/generated/java"), List.of(), src, List.of(),
                BUILD));
        assertTrue(RequestMapping.sourceRootClash(new File("src/generated/java"), List.of(), src, src, BUILD)
                .contains("copied into the jar"));
    }

    @Test
    void anotherSpellingOfASourceDirectoryIsTheSame(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/main/java"));
        Path link = Files.createSymbolicLink(dir.resolve("generated"), sources);
        String clash = clash(link.toFile(), List.of(sources.toFile()), List.of());
        assertTrue(clash != null && clash.contains(" is the project's own "), clash);
    }
}
