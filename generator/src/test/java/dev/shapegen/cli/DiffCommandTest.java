package dev.shapegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shapegen diff} on our two spec versions and on a breaking change. */
class DiffCommandTest {
    private static final Path OLD = TestPaths.root().resolve("spec/training-plans-2025-01-15.json");
    private static final Path NEW = TestPaths.root().resolve("spec/training-plans-2025-01-16.json");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void textReportOfOurSpecUpdate() {
        Run r = run("diff", OLD.toString(), NEW.toString(), "--date", "2025/01/16");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2025/01/16 - Amazon SageMaker Service - 3 updated api methods\n\n"
                + "DescribeTrainingPlan\u00a0(updated)\nChanges (response)\n"
                + "{'ReservedCapacitySummaries': {'InstanceType': {'ml.trn1.32xlarge'}}}\n"), r.out());
        assertTrue(r.out().contains("SearchTrainingPlanOfferings\u00a0(updated)\nChanges (request, response)\nRequest\n"
                + "{'InstanceType': {'ml.trn1.32xlarge'}}\nResponse\n"), r.out());
    }

    @Test
    void jsonReportAndNoBreakingChangeForAnAddedEnumValue() throws Exception {
        Run r = run("diff", OLD.toString(), NEW.toString(), "--format", "json", "--fail-on-breaking");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.path("summary").path("compatible").asInt());
        assertEquals(0, json.path("summary").path("breaking").asInt());
        assertEquals("enum-value-added", json.path("changes").get(0).path("kind").asText());
    }

    @Test
    void failOnBreakingExitsFourWhenAValueIsRemoved() {
        Run r = run("diff", NEW.toString(), OLD.toString(), "--fail-on-breaking");
        assertEquals(DiffCommand.BREAKING, r.code());
        assertEquals("shapegen: breaking changes found (marked breaking: in the report; --format json lists every "
                + "change)", r.err().strip());
        assertTrue(r.out().contains("  breaking: enum-value-removed"), r.out());
        Run json = run("diff", NEW.toString(), OLD.toString(), "--fail-on-breaking", "--format", "JSON");
        assertEquals(DiffCommand.BREAKING, json.code());
        assertEquals("shapegen: breaking changes found (severity \"breaking\" above)", json.err().strip());
        assertEquals(0, run("diff", NEW.toString(), OLD.toString()).code(), "without the flag it only reports");
    }

    /** Two different services can be compared, with a warning: that is rarely what was meant. */
    @Test
    void twoServicesAreComparedWithAWarning() {
        Path models = TestPaths.awsModels().orElse(null);
        Assumptions.assumeTrue(models != null, "the shared models are not next to the repository");
        Run r = run("diff", models.resolve("dynamodb.json").toString(), models.resolve("lambda.json").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("shapegen: warning: OLD is the model of DynamoDB and NEW of Lambda; a diff compares two versions "
                + "of one service", r.err().strip());
        assertEquals("", run("diff", OLD.toString(), NEW.toString()).err());
    }

    /** An empty path is refused by name, not read as the working directory. */
    @Test
    void anEmptyPathIsAUsageError() {
        Run old = run("diff", "", NEW.toString());
        assertEquals(2, old.code(), old.err());
        assertEquals("shapegen: OLD is empty; give the path of a model", old.err().strip());
        Run newer = run("diff", OLD.toString(), "");
        assertEquals("shapegen: NEW is empty; give the path of a model", newer.err().strip());
    }

    @Test
    void badInputIsOneLinePerProblem() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"shapes\": {\"A\": {\"type\": \"nope\"}}}");
        Run r = run("diff", broken.toString(), NEW.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error[shape.type-unknown]"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
        assertEquals(2, run("diff", OLD.toString(), NEW.toString(), "--date", "16.01.2025").code());
        assertEquals(2, run("diff", OLD.toString(), NEW.toString(), "--format", "xml").code());
        // A day that does not exist is not moved to the end of its month.
        Run noSuchDay = run("diff", OLD.toString(), NEW.toString(), "--date", "2025/02/30");
        assertEquals(2, noSuchDay.code(), noSuchDay.err());
        assertTrue(noSuchDay.err().contains("not 2025/02/30"), noSuchDay.err());
        assertEquals(0, run("diff", OLD.toString(), NEW.toString(), "--date", "2024/02/29").code());
        assertEquals(2, run("diff", OLD.toString(), NEW.toString(), "--date", "+12025/01/01").code());
        // Options of the text report are refused with JSON rather than ignored.
        for (String option : new String[] {"--docs", "--date=2025/01/16"}) {
            Run r2 = run("diff", OLD.toString(), NEW.toString(), "--format", "json", option);
            assertEquals(2, r2.code(), option);
            assertTrue(r2.err().contains("shapes the text report only"), r2.err());
            assertEquals("", r2.out());
        }
    }

    @Test
    void generateWithABaselineRefusesABreakingSpecAndWritesNothing() {
        Path out = dir.resolve("out");
        Run r = run("generate", "--spec", OLD.toString(), "--baseline", NEW.toString(), "--output", out.toString(),
                "--package", "com.example.tp");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error[diff.breaking]"), r.err());
        assertTrue(r.err().contains("enum-value-removed ReservedCapacityInstanceType: ml.trn1.32xlarge -> -"), r.err());
        assertTrue(!Files.exists(out));
        assertEquals(0, run("generate", "--spec", NEW.toString(), "--baseline", OLD.toString(), "--output",
                out.toString(), "--package", "com.example.tp").code());
    }

    @Test
    void addingABaselineToAnUpToDateOutputStillRunsTheGuard() {
        Path out = dir.resolve("out");
        assertEquals(0, run("generate", "--spec", OLD.toString(), "--output", out.toString(), "--package", "pkg").code());
        Run guarded = run("generate", "--spec", OLD.toString(), "--baseline", NEW.toString(), "--output",
                out.toString(), "--package", "pkg");
        assertEquals(1, guarded.code(), guarded.out());
        assertTrue(guarded.err().contains("error[diff.breaking]"), guarded.err());
    }

    @Test
    void theGuardOnlyLooksAtWhatIsGenerated() throws Exception {
        // The value removed in OLD (relative to NEW) is reached by every operation but DescribeTrainingPlanRequest.
        Path out = dir.resolve("out");
        Run selected = run("generate", "--spec", OLD.toString(), "--baseline", NEW.toString(), "--output",
                out.toString(), "--package", "pkg", "--shapes", "DescribeTrainingPlanRequest");
        assertEquals(0, selected.code(), selected.err());
        Run all = run("generate", "--spec", OLD.toString(), "--baseline", NEW.toString(), "--output",
                out.toString(), "--package", "pkg", "--operations", "ListTrainingPlans");
        assertEquals(1, all.code(), all.out());
    }

    /** Operation Op takes In and may fail with the given errors; Other, when asked for, with ErrA. */
    private Path errorsSpec(String name, String errors, boolean other, boolean errA) throws Exception {
        String spec = "{\"operations\": {\"Op\": {\"input\": {\"shape\": \"In\"}, \"errors\": [" + errors + "]}"
                + (other ? ", \"Other\": {\"errors\": [{\"shape\": \"ErrA\"}]}" : "") + "}, \"shapes\": {"
                + "\"In\": {\"type\": \"structure\", \"members\": {}}, "
                + (errA ? "\"ErrA\": {\"type\": \"structure\", \"members\": {}, \"exception\": true}, " : "")
                + "\"ErrB\": {\"type\": \"structure\", \"members\": {}, \"exception\": true}}}";
        return Files.writeString(dir.resolve(name), spec);
    }

    private Run guard(Path spec, Path baseline, String... selection) {
        List<String> args = new ArrayList<>(List.of("generate", "--spec", spec.toString(), "--baseline",
                baseline.toString(), "--output", dir.resolve("out-" + spec.getFileName()).toString(), "--package",
                "pkg"));
        args.addAll(List.of(selection));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aTypeTheSelectionNoLongerReachesIsABreakingChange() throws Exception {
        Path before = errorsSpec("a.json", "{\"shape\": \"ErrA\"}", false, true);
        Path after = errorsSpec("b.json", "{\"shape\": \"ErrB\"}", false, true);
        Run narrowed = guard(after, before, "--operations", "Op");
        assertEquals(1, narrowed.code(), narrowed.out());
        assertEquals(List.of(after + ":1:138 [shape ErrA]: error[diff.breaking]: breaking change since a.json: ErrA "
                + "is no longer generated, since the selection (--shapes, --operations) no longer reaches it; to keep "
                + "it, add it to --shapes; if it is intended, move the baseline to this spec"), errors(narrowed));
        // Every shape generated: both errors stay, and a changed list of errors is compatible.
        assertEquals(0, guard(after, before).code());
        // Still reached through another selected operation: still generated.
        Path both = errorsSpec("c.json", "{\"shape\": \"ErrB\"}", true, true);
        assertEquals(0, guard(both, errorsSpec("d.json", "{\"shape\": \"ErrA\"}", true, true), "--operations",
                "Op,Other").code());
        // Gone from the spec: one breaking change, the removal.
        Run removed = guard(errorsSpec("e.json", "{\"shape\": \"ErrB\"}", false, false), before, "--operations",
                "Op");
        assertEquals(1, removed.code(), removed.out());
        assertEquals(1, errors(removed).size(), removed.err());
        assertTrue(errors(removed).get(0).contains("shape-removed ErrA"), removed.err());
    }

    private static List<String> errors(Run run) {
        return run.err().lines().filter(l -> l.contains("error[")).toList();
    }
}
