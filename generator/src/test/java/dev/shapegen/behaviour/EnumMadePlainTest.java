package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import dev.shapegen.diff.Differ;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.resolve.JvmLimits;
import dev.shapegen.testing.CompiledCode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enum too large for a class becomes {@code String} wherever the generated code names it: as a member, a list's
 * element, a list of lists, a map's key and value, a union's member, and in an operation's input and output. Each
 * place reads and writes every value, known or not, and keeps the checks that do not depend on the list of values.
 */
class EnumMadePlainTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String spec() {
        return spec(JvmLimits.MAX_ENUM_VALUES + 1);
    }

    private static String spec(int kinds) {
        String values = IntStream.range(0, kinds).mapToObj(i -> "\"ml.v" + i + ".xlarge\"")
                .collect(Collectors.joining(", "));
        return "{\"metadata\": {\"protocol\": \"json\"}, \"operations\": {\"Describe\": {\"name\": \"Describe\", "
                + "\"input\": {\"shape\": \"DescribeRequest\"}, \"output\": {\"shape\": \"DescribeResponse\"}}}, "
                + "\"shapes\": {"
                + "\"Kind\": {\"type\": \"string\", \"enum\": [" + values + "]}, "
                + "\"Text\": {\"type\": \"string\"}, "
                + "\"Kinds\": {\"type\": \"list\", \"member\": {\"shape\": \"Kind\"}, \"max\": 3}, "
                + "\"KindGrid\": {\"type\": \"list\", \"member\": {\"shape\": \"Kinds\"}}, "
                + "\"ByKind\": {\"type\": \"map\", \"key\": {\"shape\": \"Kind\"}, \"value\": {\"shape\": \"Text\"}}, "
                + "\"KindOf\": {\"type\": \"map\", \"key\": {\"shape\": \"Text\"}, \"value\": {\"shape\": \"Kind\"}}, "
                + "\"Choice\": {\"type\": \"structure\", \"union\": true, \"members\": {"
                + "\"One\": {\"shape\": \"Kind\"}, \"Some\": {\"shape\": \"Kinds\"}, "
                + "\"Note\": {\"shape\": \"Text\"}}}, "
                + "\"Holder\": {\"type\": \"structure\", \"required\": [\"Kind\"], \"members\": {"
                + "\"Kind\": {\"shape\": \"Kind\"}, \"Kinds\": {\"shape\": \"Kinds\"}, "
                + "\"Grid\": {\"shape\": \"KindGrid\"}, \"ByKind\": {\"shape\": \"ByKind\"}, "
                + "\"KindOf\": {\"shape\": \"KindOf\"}, "
                + "\"Choice\": {\"shape\": \"Choice\"}}}, "
                + "\"DescribeRequest\": {\"type\": \"structure\", \"members\": {\"Kind\": {\"shape\": \"Kind\"}, "
                + "\"Kinds\": {\"shape\": \"Kinds\"}}}, "
                + "\"DescribeResponse\": {\"type\": \"structure\", \"members\": {\"Holder\": {\"shape\": \"Holder\"}, "
                + "\"KindOf\": {\"shape\": \"KindOf\"}}}}}";
    }

    private static Map<String, String> componentTypes(Class<?> record) {
        Map<String, String> types = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (!c.getName().equals("unknownMembers")) {
                types.put(c.getName(), c.getGenericType().getTypeName());
            }
        }
        return types;
    }

    @Test
    void everyPlaceThatHoldsTheEnumHoldsAStringThatReadsWritesAndValidates() throws Exception {
        Generator.Emitted emitted = JvmLimitsTest.emit(spec());
        assertEquals(List.of("approx.enum-too-large"), emitted.warnings().stream().map(Diagnostic::id).toList());
        assertEquals(0, emitted.enums());
        assertTrue(emitted.files().stream().noneMatch(f -> f.path().endsWith("/Kind.java")));
        CompiledCode code = JvmLimitsTest.compile(emitted);

        Class<?> holder = code.load("com.example.limits.Holder");
        assertEquals(Map.of("kind", "java.lang.String", "kinds", "java.util.List<java.lang.String>",
                "grid", "java.util.List<java.util.List<java.lang.String>>",
                "byKind", "java.util.Map<java.lang.String, java.lang.String>",
                "kindOf", "java.util.Map<java.lang.String, java.lang.String>",
                "choice", "com.example.limits.Choice"), componentTypes(holder));
        assertEquals(Map.of("kind", "java.lang.String", "kinds", "java.util.List<java.lang.String>"),
                componentTypes(code.load("com.example.limits.DescribeRequest")));
        Class<?> one = code.load("com.example.limits.Choice$One");
        assertEquals(List.of("java.lang.String"), Arrays.stream(one.getRecordComponents())
                .map(c -> c.getGenericType().getTypeName()).toList());

        // A value on the list and one that is not, in every place: both come back as they were, and neither is a
        // violation. The list's own bound is still checked.
        String known = "ml.v2700.xlarge";
        String unknown = "ml.trn9.48xlarge";
        String json = "{\"Kind\":\"" + known + "\",\"Kinds\":[\"" + known + "\",\"" + unknown + "\"],"
                + "\"Grid\":[[\"" + unknown + "\"],[\"" + known + "\"]],"
                + "\"ByKind\":{\"" + unknown + "\":\"a\",\"" + known + "\":\"b\"},"
                + "\"KindOf\":{\"a\":\"" + unknown + "\"},\"Choice\":{\"One\":\"" + unknown + "\"}}";
        Object value = MAPPER.readValue(json, holder);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)));
        assertEquals(List.of(), CompiledCode.call(value, "validate"));
        assertEquals(unknown, CompiledCode.call(CompiledCode.call(value, "choice"), "value"));

        Class<?> response = code.load("com.example.limits.DescribeResponse");
        String tooMany = "{\"Holder\":{\"Kinds\":[\"a\",\"b\",\"c\",\"d\"],\"Choice\":{\"Some\":[\"" + unknown
                + "\"]}},\"KindOf\":{\"x\":\"" + known + "\"}}";
        Object read = MAPPER.readValue(tooMany, response);
        assertEquals(MAPPER.readTree(tooMany), MAPPER.readTree(MAPPER.writeValueAsString(read)));
        List<?> violations = (List<?>) CompiledCode.call(read, "validate");
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.toString().contains("Holder.Kind") && violations.toString().contains("Holder.Kinds"),
                violations::toString);
    }

    private static final String MANY = " (an enum of 2,701 values is generated as String; an enum class holds at most "
            + "2,700); if it is intended, move the baseline to this spec";
    private static final String LONG = " (an enum with a value of 16,385 bytes is generated as String; an enum "
            + "constant holds at most 16,384); if it is intended, move the baseline to this spec";

    /**
     * Across the limit, values added or removed change the generated type between the enum class and String: the
     * baseline guard and the diff both call it a breaking type change, in either direction, and say why.
     */
    @Test
    void anEnumThatCrossesTheLimitIsABreakingTypeChangeEitherWay(@TempDir Path dir) throws Exception {
        Path fits = write(dir, "fits.json", spec(JvmLimits.MAX_ENUM_VALUES));
        Path plain = write(dir, "plain.json", spec(JvmLimits.MAX_ENUM_VALUES + 1));
        Path longValue = write(dir, "long.json", spec(3).replace("\"ml.v2.xlarge\"",
                "\"" + "v".repeat(JvmLimits.MAX_ENUM_VALUE_BYTES + 1) + "\""));
        assertEquals("breaking change since fits.json: type-changed Kind: enum -> string" + MANY,
                kindBreak(plain, fits, dir.resolve("a")));
        assertEquals("breaking change since plain.json: type-changed Kind: string -> enum" + MANY,
                kindBreak(fits, plain, dir.resolve("b")));
        assertEquals("breaking change since fits.json: type-changed Kind: enum -> string" + LONG,
                kindBreak(longValue, fits, dir.resolve("c")));
        // shapegen diff judges the same change the same way (--fail-on-breaking), and says why in text and JSON.
        Differ.Result grown = Differ.diff(fits, model(plain));
        assertTrue(grown.hasBreaking());
        assertTrue(Differ.diff(plain, model(fits)).hasBreaking());
        assertEquals(List.of("type-changed Kind: enum -> string (an enum of 2,701 values is generated as String; an "
                + "enum class holds at most 2,700)"), grown.changes().stream().map(Change::describe).toList());
        assertTrue(grown.json().contains("\"note\" : \"an enum of 2,701 values is generated as String; an enum "
                + "class holds at most 2,700\""), grown::json);
        // Selected shapes that do not reach the enum: nothing to report.
        GenerationResult text = Generator.generate(new GenerationRequest(plain, dir.resolve("d"), "com.example.limits",
                List.of("Text"), List.of(), null, fits));
        assertEquals(List.of(), text.warnings());
    }

    /**
     * A plain string and an enum too large for a class are both String in Java: between them only the list of values
     * comes or goes, a constraint, tightened (so breaking, for an input) when the list comes.
     */
    @Test
    void aPlainStringAndAnEnumTooLargeForAClassAreTheSameType(@TempDir Path dir) throws Exception {
        Path plain = write(dir, "plain.json", spec(JvmLimits.MAX_ENUM_VALUES + 1));
        Path string = write(dir, "string.json", spec(JvmLimits.MAX_ENUM_VALUES + 1)
                .replaceFirst(", \"enum\": \\[[^\\]]*\\]", ""));
        assertEquals(List.of(new Change(ChangeKind.CONSTRAINT_CHANGED, "Kind.enum", "Kind", null, "2,701 values", null,
                false, true)), Differ.diff(plain, model(string)).changes());
        assertEquals(List.of(new Change(ChangeKind.CONSTRAINT_CHANGED, "Kind.enum", "Kind", null, null, "2,701 values",
                true, true)), Differ.diff(string, model(plain)).changes());
        Generator.generate(new GenerationRequest(string, dir.resolve("out"), "com.example.limits", List.of(),
                List.of(), null, plain));
    }

    /** A shape that enters the selection with the new spec was not generated from the baseline: nothing broke. */
    @Test
    void anEnumThatEntersTheSelectionBreaksNothing(@TempDir Path dir) throws Exception {
        Path before = write(dir, "before.json", selectionSpec(JvmLimits.MAX_ENUM_VALUES, ""));
        Path after = write(dir, "after.json", selectionSpec(JvmLimits.MAX_ENUM_VALUES + 1,
                ", \"K\": {\"shape\": \"Kind\"}"));
        GenerationResult holder = Generator.generate(new GenerationRequest(after, dir.resolve("a"),
                "com.example.limits", List.of("Holder"), List.of(), null, before));
        assertEquals(List.of("approx.enum-too-large"), holder.warnings().stream().map(Diagnostic::id).toList());
        // Other held the enum class in the baseline's output: that breaks.
        SpecException e = assertThrows(SpecException.class, () -> Generator.generate(new GenerationRequest(after,
                dir.resolve("b"), "com.example.limits", List.of("Other"), List.of(), null, before)));
        assertEquals(List.of("diff.breaking /shapes/Kind"), e.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.id() + " " + d.location().pointer()).toList());
    }

    private static String selectionSpec(int kinds, String more) {
        String values = IntStream.range(0, kinds).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(", "));
        return "{\"shapes\": {\"Holder\": {\"type\": \"structure\", \"members\": {\"A\": {\"shape\": \"Text\"}"
                + more + "}}, \"Text\": {\"type\": \"string\"}, \"Other\": {\"type\": \"structure\", \"members\": "
                + "{\"K\": {\"shape\": \"Kind\"}}}, \"Kind\": {\"type\": \"string\", \"enum\": [" + values + "]}}}";
    }

    private static Path write(Path dir, String name, String spec) throws Exception {
        return Files.writeString(dir.resolve(name), spec);
    }

    private static ServiceModel model(Path spec) throws Exception {
        return Generator.check(spec.toString(), Files.readAllBytes(spec), GenerationRequest.all(spec,
                Path.of("out"), "com.example.limits")).spec();
    }

    /** Generates {@code spec} against {@code baseline}; returns the one breaking change at the shape Kind. */
    private static String kindBreak(Path spec, Path baseline, Path out) {
        SpecException e = assertThrows(SpecException.class, () -> Generator.generate(new GenerationRequest(spec, out,
                "com.example.limits", List.of(), List.of(), null, baseline)));
        List<Diagnostic> atKind = e.diagnostics().stream()
                .filter(d -> "/shapes/Kind".equals(d.location().pointer())).toList();
        assertEquals(1, atKind.size(), e.diagnostics()::toString);
        assertEquals("diff.breaking", atKind.get(0).id());
        return atKind.get(0).message();
    }
}
