package dev.shapegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad spec fails the build with every error in the exception itself, not only in the log. */
class SpecFailureTest {
    /** Three errors (a missing shape, min above max, an empty enum) and one warning (an unknown timestamp format). */
    private static final String SPEC = """
            {
              "shapes": {
                "Thing": {"type": "structure", "members": {
                  "Size": {"shape": "Sizee"},
                  "When": {"shape": "When"}
                }},
                "When": {"type": "timestamp", "timestampFormat": "epoch"},
                "Size": {"type": "integer", "min": 10, "max": 1},
                "Status": {"type": "string", "enum": []}
              }
            }
            """;

    @Test
    void failureCarriesEveryErrorOnItsOwnLineOnce(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        SpecException thrown = assertThrows(SpecException.class,
                () -> Generator.generate(GenerationRequest.all(spec, dir.resolve("out"), "com.example")));
        List<Diagnostic> errors = thrown.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("ref.missing-shape", "constraint.min-max", "enum.empty"),
                errors.stream().map(Diagnostic::id).toList());
        assertTrue(thrown.diagnostics().stream().anyMatch(d -> d.id().equals("timestamp.format")), thrown::toString);

        MojoFailureException failure = GenerateMojo.specFailure(spec.toFile(), thrown);

        List<String> lines = failure.getMessage().lines().toList();
        assertTrue(lines.get(0).startsWith("shapegen: 3 errors in " + spec + "; nothing was written"), lines.get(0));
        assertEquals(errors.stream().map(Diagnostic::render).toList(), lines.subList(1, lines.size()));
        assertFalse(failure.getMessage().contains("warning["), "warnings do not fail the build: " + failure);
        // Maven appends a cause's message that the failure's does not hold: the errors would be printed twice.
        assertNull(failure.getCause());
    }

    @Test
    void oneErrorIsSaidInTheSingular(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "");
        SpecException thrown = assertThrows(SpecException.class,
                () -> Generator.generate(GenerationRequest.all(spec, dir.resolve("out"), "com.example")));
        String message = GenerateMojo.specFailure(spec.toFile(), thrown).getMessage();
        assertTrue(message.startsWith("shapegen: 1 error in "), message);
        assertTrue(message.lines().skip(1).findFirst().orElseThrow().contains("error[json.empty]"), message);
    }

    @Test
    void aBadPackageNameIsBlamedOnTheConfigurationNotTheSpec(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"shapes\": {}}");
        SpecException thrown = assertThrows(SpecException.class,
                () -> Generator.generate(GenerationRequest.all(spec, dir.resolve("out"), "com.class")));
        String message = GenerateMojo.specFailure(spec.toFile(), thrown).getMessage();
        assertTrue(message.startsWith("shapegen: 1 error in the plugin configuration; nothing was written. Fix the "
                + "parameters named below"), message);
        assertTrue(message.contains("error[request.package]"), message);
        assertFalse(message.contains(spec.toString()), message);
    }

    @Test
    void aMissingBaselineIsNotBlamedOnTheSpec(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"shapes\": {}}");
        Path baseline = dir.resolve("old.json");
        SpecException thrown = assertThrows(SpecException.class,
                () -> Generator.generate(new GenerationRequest(spec, dir.resolve("out"), "com.example", List.of(),
                        List.of(), null, baseline)));
        String message = GenerateMojo.specFailure(spec.toFile(), baseline.toFile(), thrown).getMessage();
        assertTrue(message.startsWith("shapegen: 1 error in the baseline spec " + baseline + "; nothing was written"),
                message);
        assertTrue(message.lines().skip(1).findFirst().orElseThrow().startsWith(baseline.toString()), message);
        // Without a baseline, a spec's errors do not speak of one.
        Path bad = Files.writeString(dir.resolve("bad.json"), "");
        SpecException badSpec = assertThrows(SpecException.class,
                () -> Generator.generate(GenerationRequest.all(bad, dir.resolve("out"), "com.example")));
        assertFalse(GenerateMojo.specFailure(bad.toFile(), null, badSpec).getMessage().contains("baselineSpec"));
        assertTrue(GenerateMojo.specFailure(bad.toFile(), baseline.toFile(), badSpec).getMessage()
                .contains("move baselineSpec forward"));
    }
}
