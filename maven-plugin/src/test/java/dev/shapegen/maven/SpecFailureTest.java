package dev.shapegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void failureCarriesEveryErrorOnItsOwnLineAndTheSpecExceptionAsCause(@TempDir Path dir) throws IOException {
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
        assertSame(thrown, failure.getCause());
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
}
