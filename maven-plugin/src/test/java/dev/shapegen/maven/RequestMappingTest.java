package dev.shapegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.shapegen.GenerationRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestMappingTest {
    private static final File SPEC = new File("spec/api.json");
    private static final File OUT = new File("target/generated-sources/shapegen");
    private static final File BUILD = new File("target");

    @Test
    void parametersBecomeTheRequest() {
        GenerationRequest r = RequestMapping.toRequest(SPEC, " com.example.api ", OUT, List.of("A", "B"),
                List.of("Op"), BUILD, "default-cli", new File("baseline.json"));
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
        GenerationRequest r = RequestMapping.toRequest(SPEC, "p", OUT, null, null, BUILD, "x", null);
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
        GenerationRequest one = RequestMapping.toRequest(SPEC, "p", OUT, null, null, BUILD, "sagemaker", null);
        GenerationRequest two = RequestMapping.toRequest(SPEC, "p", OUT, null, null, BUILD, "dynamodb", null);
        assertNotEquals(one.stateFile(), two.stateFile());
        assertEquals("odd_id_.state", RequestMapping.toRequest(SPEC, "p", OUT, null, null, BUILD, "odd/id?", null)
                .stateFile().getFileName().toString());
        assertEquals("default.state", RequestMapping.toRequest(SPEC, "p", OUT, null, null, BUILD, null, null)
                .stateFile().getFileName().toString());
    }
}
