package dev.shapegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
}
