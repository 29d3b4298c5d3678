package dev.shapegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Locale;
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

    /**
     * A changed pattern is tightened unless its automaton, compared with the old one's, finds a match in every value
     * the old one did, among values both length bounds let by. The first four are sagemaker-latest's changes.
     */
    @Test
    void aPatternShownToFindEveryOldMatchIsNotTightened() throws Exception {
        String[][] cases = {
            {"^(notebook-al1-v1|notebook-al2-v3)$", "(notebook-al1-v1|notebook-al2-v3|notebook-al2023-v1)", "",
                "false"},
            {"arn:aws[a-z\\-]*:sagemaker:[0-9]{12}:pipeline/.*",
                "arn:aws[a-z\\-]*:sagemaker:([0-9]{12}|aws):pipeline/.*", "", "false"},
            {"^arn:aws(-cn|-us-gov|-iso-f)?:sagemaker:[0-9]{12}:model-package/[\\S]{1,2048}$",
                "arn:aws[a-z\\-]*:sagemaker:[0-9]{12}:model-package/[\\S]{1,2048}", "2048", "false"},
            {"arn:aws[a-z\\-]*:sagemaker:[0-9]{12}:training-job/.*",
                "arn:aws[a-z\\-]*:sagemaker:[0-9]{12}:training-job/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}", "256", "true"},
            {"^[a-z]+$", "^[a-z0-9]+$", "", "false"},
            {"^[a-z0-9]+$", "^[a-z]+$", "", "true"},
            {"^\\p{L}+$", "^[\\p{L}\\p{N}]+$", "", "false"},
            {"^\\p{L}+$", "^[a-z]+$", "", "true"},
            // Within 4 code points the bound of the new pattern never bites; beyond them it would.
            {"^a{1,9}$", "^a{1,4}$", "4", "false"},
            {"^a{1,9}$", "^a{1,4}$", "5", "true"},
        };
        ObjectMapper json = new ObjectMapper();
        for (String[] c : cases) {
            String max = c[2].isEmpty() ? "" : ", \"max\": " + c[2];
            List<Change> changes = ModelDiff.compare(
                    model("string", "\"pattern\": " + json.writeValueAsString(c[0]) + max),
                    model("string", "\"pattern\": " + json.writeValueAsString(c[1]) + max));
            assertEquals(1, changes.size(), changes.toString());
            assertEquals(Boolean.parseBoolean(c[3]), changes.get(0).tightened(), changes.get(0).describe());
        }
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

    /** The changelog's summary line names it, not "Documentation updates". */
    @Test
    void theSummaryOfAnUpdateThatOnlyTightensSaysSo() {
        assertEquals("1 constraint change", Summary.of(ModelDiff.compare(parse(BEFORE), parse(AFTER))));
        assertEquals("2 constraint changes", Summary.of(ModelDiff.compare(model("string", "\"max\": 5"),
                model("string", "\"max\": 4, \"min\": 1"))));
        // Two equal specs: no change at all, which is not a documentation update.
        assertEquals("No changes", Summary.of(ModelDiff.compare(parse(BEFORE), parse(BEFORE))));
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

    /**
     * A list that holds itself through a map's key: each place checked once (the key only for its length), not once
     * per turn.
     */
    @Test
    void aLoopThroughAMapKeyIsWalkedOnce() {
        String loop = ", \"L1\": {\"type\": \"list\", \"member\": {\"shape\": \"M1\"}}, \"M1\": {\"type\": \"map\", "
                + "\"key\": {\"shape\": \"L1\"}, \"value\": {\"shape\": \"Text\"}}, \"L2\": {\"type\": \"list\", "
                + "\"max\": 5, \"member\": {\"shape\": \"M2\"}}, \"M2\": {\"type\": \"map\", "
                + "\"key\": {\"shape\": \"L2\"}, \"value\": {\"shape\": \"Text\"}}";
        List<Change> changes = ModelDiff.compare(parse(spec("\"X\": {\"shape\": \"L1\"}", loop)),
                parse(spec("\"X\": {\"shape\": \"L2\"}", loop)));
        assertEquals(List.of("In.X.max", "In.X.member.key.max"), changes.stream().map(Change::path).toList());
    }

    /** Map keys are Strings in Java, checked for length and pattern only: an enum list on a key checks nothing. */
    @Test
    void anEnumOnAMapKeyIsNoConstraint() {
        String maps = ", \"M1\": {\"type\": \"map\", \"key\": {\"shape\": \"Text\"}, \"value\": {\"shape\": "
                + "\"Text\"}}, "
                + "\"M2\": {\"type\": \"map\", \"key\": {\"shape\": \"Color\"}, \"value\": {\"shape\": \"Text\"}}, "
                + "\"Color\": {\"type\": \"string\", \"enum\": [\"RED\", \"GREEN\"]}";
        assertEquals(List.of(), ModelDiff.compare(parse(spec("\"M\": {\"shape\": \"M1\"}", maps)),
                parse(spec("\"M\": {\"shape\": \"M2\"}", maps))));
    }

    /** The same, for a map whose key changes in place: a String either way, so no type change. */
    @Test
    void aMapKeyThatBecomesAnEnumInPlaceIsNoChange() {
        String color = ", \"Color\": {\"type\": \"string\", \"enum\": [\"RED\", \"GREEN\"]}";
        String map = ", \"M1\": {\"type\": \"map\", \"key\": {\"shape\": \"%s\"}, \"value\": {\"shape\": \"Text\"}}";
        assertEquals(List.of(), ModelDiff.compare(parse(spec("\"M\": {\"shape\": \"M1\"}", color
                + String.format(map, "Text"))), parse(spec("\"M\": {\"shape\": \"M1\"}", color
                + String.format(map, "Color")))));
    }

    /** Lists nest up to the resolver's limit: a stricter element 20 levels down is still found. */
    @Test
    void aStricterElementDeepDownIsFound() {
        StringBuilder chains = new StringBuilder(", \"Loose\": {\"type\": \"string\"}, \"Strict\": {\"type\": "
                + "\"string\", \"max\": 5}");
        for (String p : List.of("A", "B")) {
            for (int i = 0; i < 20; i++) {
                String next = i < 19 ? p + (i + 1) : p.equals("A") ? "Loose" : "Strict";
                chains.append(", \"").append(p).append(i).append("\": {\"type\": \"list\", \"member\": {\"shape\": \"")
                        .append(next).append("\"}}");
            }
        }
        List<Change> changes = ModelDiff.compare(parse(spec("\"X\": {\"shape\": \"A0\"}", chains.toString())),
                parse(spec("\"X\": {\"shape\": \"B0\"}", chains.toString())));
        assertEquals(List.of("In.X" + ".member".repeat(20) + ".max"), changes.stream().map(Change::path).toList());
    }

    /** Between two such lists the change names what went and what came, the first few of each. */
    @Test
    void aChangedListOfValuesNamesWhatWentAndWhatCame() {
        String values = java.util.stream.IntStream.range(0, JvmLimits.MAX_ENUM_VALUES + 1).mapToObj(i -> "\"v" + i
                + "\"").collect(java.util.stream.Collectors.joining(", "));
        String big = ", \"Big\": {\"type\": \"string\", \"enum\": [" + values + "]}, \"Fewer\": {\"type\": "
                + "\"string\", \"enum\": [" + values.replace("\"v0\", \"v1\", ", "")
                + ", \"w\", \"x\", \"y\", \"z\"]}";
        assertEquals(List.of(new Change(ChangeKind.CONSTRAINT_CHANGED, "In.K.enum", "In", "K", "2,701 values",
                "2,703 values; removed v0, v1; added w, x, y and 1 more", true, true)),
                ModelDiff.compare(parse(spec("\"K\": {\"shape\": \"Big\"}", big)),
                        parse(spec("\"K\": {\"shape\": \"Fewer\"}", big))));
    }

    /** The counts read the same on a machine whose locale groups digits otherwise. */
    @Test
    void countsDoNotDependOnTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            aMemberRetargetedToAnEnumTooLargeForAClassGainsItsListAsAConstraint();
            aChangedListOfValuesNamesWhatWentAndWhatCame();
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The values of an enum too large for a class are a set: the same values in another order are no change. */
    @Test
    void theSameValuesInAnotherOrderAreNoChange() {
        List<String> values = java.util.stream.IntStream.range(0, JvmLimits.MAX_ENUM_VALUES + 1).mapToObj(i -> "\"v"
                + i + "\"").toList();
        List<String> reversed = new java.util.ArrayList<>(values);
        java.util.Collections.reverse(reversed);
        String big = ", \"Big\": {\"type\": \"string\", \"enum\": [" + String.join(", ", values) + "]}, \"Big2\": "
                + "{\"type\": \"string\", \"enum\": [" + String.join(", ", reversed) + "]}";
        assertEquals(List.of(), ModelDiff.compare(parse(spec("\"K\": {\"shape\": \"Big\"}", big)),
                parse(spec("\"K\": {\"shape\": \"Big2\"}", big))));
    }
}
