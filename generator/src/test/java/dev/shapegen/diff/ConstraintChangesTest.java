package dev.shapegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SpecException;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.JvmLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a changed constraint is a tightening: only one that may reject a value the old model took. */
class ConstraintChangesTest {
    private static ServiceModel model(String type, String constraint) {
        String json = "{\"operations\": {\"Put\": {\"input\": {\"shape\": \"In\"}, \"errors\": [{\"shape\": \"A\"},"
                + " {\"shape\": \"B\"}]}}, \"shapes\": {\"In\": {\"type\": \"structure\", \"members\": {\"V\":"
                + " {\"shape\": \"V\"}}}, \"A\": {\"type\": \"structure\", \"members\": {}, \"exception\": true},"
                + " \"B\": {\"type\": \"structure\", \"members\": {}, \"exception\": true},"
                + " \"V\": {\"type\": \"" + type + "\"" + (constraint.isEmpty() ? "" : ", " + constraint) + "}}}";
        return SpecParser.parse("s.json", json.getBytes(StandardCharsets.UTF_8), new Diagnostics()).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "string | '' | '\"min\": 0' | false",
        "list-of-strings | '' | '\"min\": 0' | false",
        "string | '' | '\"min\": 1' | true",
        "integer | '' | '\"min\": 0' | true",
        "integer | '\"min\": 1' | '\"min\": 0' | false",
        "string | '\"pattern\": \"^\\\\d+$\"' | '\"pattern\": \"\\\\d+\"' | false",
        "string | '\"pattern\": \"^a$\"' | '\"pattern\": \"^a\"' | false",
        "string | '\"pattern\": \"a\\\\$\"' | '\"pattern\": \"a\\\\\"' | true",
        "string | '\"pattern\": \"^[^A-Z]*$\"' | '\"pattern\": \".*\"' | false",
        "string | '\"pattern\": \"\\\\d+\"' | '\"pattern\": \"^\\\\d+$\"' | true",
        "string | '' | '\"pattern\": \"\\\\d+\"' | true"})
    void onlyAChangeThatMayRejectMoreIsTightened(String type, String before, String after, boolean tightened) {
        String shapeType = type.equals("list-of-strings") ? "list\", \"member\": {\"shape\": \"In\"}, \"x\": \"" : type;
        List<Change> changes = ModelDiff.compare(model(shapeType, before), model(shapeType, after));
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(tightened, changes.get(0).tightened(), changes.get(0).describe());
    }

    @ParameterizedTest
    @CsvSource({"A, B", "B, A"})
    void errorsInAnotherOrderAreNoChange(String first, String second) {
        ServiceModel before = model("string", "");
        String reordered = "{\"operations\": {\"Put\": {\"input\": {\"shape\": \"In\"}, \"errors\": [{\"shape\": \""
                + first + "\"}, {\"shape\": \"" + second + "\"}]}}, \"shapes\": {\"In\": {\"type\": \"structure\","
                + " \"members\": {\"V\": {\"shape\": \"V\"}}}, \"A\": {\"type\": \"structure\", \"members\": {},"
                + " \"exception\": true}, \"B\": {\"type\": \"structure\", \"members\": {}, \"exception\": true},"
                + " \"V\": {\"type\": \"string\"}}}";
        ServiceModel after = SpecParser.parse("s.json", reordered.getBytes(StandardCharsets.UTF_8), new Diagnostics())
                .orElseThrow();
        assertEquals(List.of(), ModelDiff.compare(before, after));
    }

    /** A spec whose operation Op takes In, with In's members and further shapes as given. */
    private static String spec(String members, String shapes) {
        return "{\"operations\": {\"Op\": {\"input\": {\"shape\": \"In\"}}, \"Put\": {\"input\": {\"shape\": "
                + "\"Other\"}}}, \"shapes\": {\"In\": {\"type\": \"structure\", \"members\": {" + members + "}}, "
                + "\"Other\": {\"type\": \"structure\", \"members\": {\"S\": {\"shape\": \"ShortList\"}}}, "
                + "\"Text\": {\"type\": \"string\"}, \"NameList\": {\"type\": \"list\", \"member\": {\"shape\": "
                + "\"Text\"}}, \"ShortList\": {\"type\": \"list\", \"member\": {\"shape\": \"Short\"}}" + shapes + "}}";
    }

    private static ServiceModel parse(String json) {
        return SpecParser.parse("s.json", json.getBytes(StandardCharsets.UTF_8), new Diagnostics()).orElseThrow();
    }

    private static final String BEFORE = spec("\"Names\": {\"shape\": \"NameList\"}",
            ", \"Short\": {\"type\": \"string\", \"max\": 10}");
    private static final String AFTER = spec("\"Names\": {\"shape\": \"ShortList\"}",
            ", \"Short\": {\"type\": \"string\", \"max\": 10}");

    /**
     * A member retargeted to a list of the same Java type whose elements are checked more strictly: the holder's
     * validate() now rejects what it took, so the change is the member's, wherever the new list came from.
     */
    @Test
    void aMemberRetargetedToAListOfStricterElementsIsATightenedConstraintOfTheMember() {
        assertEquals(List.of(new Change(ChangeKind.CONSTRAINT_CHANGED, "In.Names.member.max", "In", "Names", null, "10",
                true, true)), ModelDiff.compare(parse(BEFORE), parse(AFTER)));
    }

    /** The same, seen by the guard with a selection that reaches the new list only through the retargeted member. */
    @Test
    void theGuardReportsItThoughTheListWasNotGeneratedFromTheBaseline(@TempDir Path dir) throws Exception {
        Path before = Files.writeString(dir.resolve("before.json"), BEFORE);
        Path after = Files.writeString(dir.resolve("after.json"), AFTER);
        SpecException e = assertThrows(SpecException.class, () -> Generator.generate(new GenerationRequest(after,
                dir.resolve("out"), "com.example.guard", List.of(), List.of("Op"), null, before)));
        assertEquals(List.of("/shapes/In/members/Names"), e.diagnostics().stream().map(d -> d.location().pointer())
                .toList());
        assertTrue(e.diagnostics().get(0).message().contains("constraint-changed In.Names.member.max: - -> 10"),
                e.diagnostics().get(0).message());
    }

    /** A member retargeted from a string to an enum too large for a class: both String, the list is a constraint. */
    @Test
    void aMemberRetargetedToAnEnumTooLargeForAClassGainsItsListAsAConstraint() {
        String values = java.util.stream.IntStream.range(0, JvmLimits.MAX_ENUM_VALUES + 1).mapToObj(i -> "\"v" + i
                + "\"").collect(java.util.stream.Collectors.joining(", "));
        String big = ", \"Big\": {\"type\": \"string\", \"enum\": [" + values + "]}";
        assertEquals(List.of(new Change(ChangeKind.CONSTRAINT_CHANGED, "In.K.enum", "In", "K", null, "2,701 values",
                true, true)), ModelDiff.compare(parse(spec("\"K\": {\"shape\": \"Text\"}", big)),
                parse(spec("\"K\": {\"shape\": \"Big\"}", big))));
    }
}
