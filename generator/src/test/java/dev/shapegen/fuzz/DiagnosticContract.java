package dev.shapegen.fuzz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What any spec, however broken, must get from {@link Generator#emit}: generated files, or a {@link SpecException}
 * whose diagnostics each have a stable id, a message, and a location in the file; never another exception.
 */
final class DiagnosticContract {
    static final String FILE = "spec.json";

    private DiagnosticContract() {}

    /**
     * What came of a spec.
     *
     * @param broken every broken promise, one line each; empty when the outcome is as promised
     * @param kind {@code files}, or the id of the first error
     */
    record Outcome(List<String> broken, String kind) {}

    /** Emits the spec and checks the outcome. */
    static Outcome check(byte[] spec) {
        GenerationRequest request = new GenerationRequest(Path.of(FILE), Path.of("out"), "fuzz.mutated", List.of(),
                List.of());
        List<Diagnostic> diagnostics;
        boolean failed;
        try {
            var emitted = Generator.emit(FILE, spec, request);
            diagnostics = emitted.warnings();
            failed = false;
            if (emitted.files().isEmpty()) {
                return new Outcome(List.of("emitted no files and reported no error"), "nothing");
            }
        } catch (SpecException e) {
            diagnostics = e.diagnostics();
            failed = true;
        } catch (RuntimeException | StackOverflowError e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return new Outcome(List.of("crashed instead of reporting diagnostics: " + trace.toString().lines()
                    .limit(12).reduce((a, b) -> a + "\n" + b).orElse("")), "crash");
        }
        List<String> broken = new ArrayList<>();
        if (failed && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            broken.add("failed without an error diagnostic: " + diagnostics);
        }
        JsonNode tree = SpecMutation.readTree(spec);
        for (Diagnostic d : diagnostics) {
            broken.addAll(check(d, tree));
        }
        return new Outcome(broken, diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::id).findFirst()
                .orElse("files"));
    }

    private static List<String> check(Diagnostic d, JsonNode tree) {
        List<String> broken = new ArrayList<>();
        if (d.id() == null || !d.id().matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+")) {
            broken.add("id is not a stable dotted id: " + d.id());
        }
        if (d.severity() == null || d.message() == null || d.message().isBlank()) {
            broken.add("no severity or no message: " + d);
        }
        var l = d.location();
        if (l == null || l.file() == null) {
            broken.add("no file: " + d);
            return broken;
        }
        if (!l.file().equals(FILE) && !l.file().equals("<request>")) {
            broken.add("names another file than the spec: " + d.render());
        }
        boolean hasPlace = d.id().startsWith("json.syntax")
                || (l.pointer() != null && tree != null && !tree.at(JsonPointer.compile(l.pointer())).isMissingNode());
        if (hasPlace && (l.line() <= 0 || l.column() <= 0)) {
            broken.add("has a place in the file but no line and column: " + d.render() + " (pointer " + l.pointer()
                    + ")");
        }
        if (l.pointer() != null && tree != null && tree.at(JsonPointer.compile(l.pointer())).isMissingNode()) {
            broken.add("points at nothing in the spec: " + d.render() + " (pointer " + l.pointer() + ")");
        }
        return broken;
    }
}
