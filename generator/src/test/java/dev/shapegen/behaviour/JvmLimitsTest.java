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
import dev.shapegen.resolve.JvmLimits;
import dev.shapegen.testing.CompiledCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes at the class file format's limits: the widest record and the largest enum class that javac still takes
 * compile and work; one member more is an error before anything is written, one value more makes the enum a plain
 * string that still reads and writes every value.
 */
class JvmLimitsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A spec whose structure {@code Holder} has {@code members} members: an enum of {@code values} values, strings. */
    private static String spec(int members, int values) {
        String strings = IntStream.range(0, members - 1).mapToObj(i -> "\"M" + i + "\": {\"shape\": \"Text\"}")
                .collect(Collectors.joining(", "));
        String enumValues = IntStream.range(0, values).mapToObj(i -> "\"ml.v" + i + ".xlarge\"")
                .collect(Collectors.joining(", "));
        return "{\"metadata\": {\"protocol\": \"json\"}, \"operations\": {}, \"shapes\": {"
                + "\"Holder\": {\"type\": \"structure\", \"members\": {\"Kind\": {\"shape\": \"Kind\"}, " + strings
                + "}},"
                + "\"Kind\": {\"type\": \"string\", \"enum\": [" + enumValues + "]},"
                + "\"Text\": {\"type\": \"string\", \"max\": 8}}}";
    }

    static Generator.Emitted emit(String spec) {
        return Generator.emit("spec.json", spec.getBytes(StandardCharsets.UTF_8),
                GenerationRequest.all(Path.of("spec.json"), Path.of("out"), "com.example.limits"));
    }

    static CompiledCode compile(Generator.Emitted emitted) {
        CompiledCode code = CompiledCode.compileInMemory(emitted.files());
        assertEquals("", code.report(javax.tools.Diagnostic.Kind.ERROR, javax.tools.Diagnostic.Kind.WARNING,
                javax.tools.Diagnostic.Kind.MANDATORY_WARNING));
        return code;
    }

    @Test
    void theWidestRecordAndTheLargestEnumClassCompileAndRoundTrip() throws Exception {
        Generator.Emitted emitted = emit(spec(JvmLimits.MAX_RECORD_MEMBERS, JvmLimits.MAX_ENUM_VALUES));
        assertEquals(List.of(), emitted.warnings());
        assertEquals(1, emitted.enums());
        CompiledCode code = compile(emitted);
        Class<?> holder = code.load("com.example.limits.Holder");
        // Its members, and the members of the JSON that the code does not know.
        assertEquals(JvmLimits.MAX_RECORD_MEMBERS + 1, holder.getRecordComponents().length);
        String last = "ml.v" + (JvmLimits.MAX_ENUM_VALUES - 1) + ".xlarge";
        String json = "{\"Kind\":\"" + last + "\",\"M251\":\"last\"}";
        Object value = MAPPER.readValue(json, holder);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)));
        // equals, hashCode and toString are the record's own, bootstrapped with every component.
        Object same = MAPPER.readValue(json, holder);
        assertEquals(value, same);
        assertEquals(value.hashCode(), same.hashCode());
        assertTrue(value.toString().contains("m251=last"), value.toString());
        Object kind = CompiledCode.call(value, "kind");
        assertEquals(true, CompiledCode.call(kind, "isKnown"));
        assertEquals(List.of(), CompiledCode.call(value, "validate"));
    }

    @Test
    void aRecordOneMemberWiderIsAnErrorThatSaysHowToGoOn() {
        SpecException e = assertThrows(SpecException.class, () -> emit(spec(JvmLimits.MAX_RECORD_MEMBERS + 1, 2)));
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("shape.too-many-members"), errors.stream().map(Diagnostic::id).toList());
        Diagnostic d = errors.get(0);
        assertEquals("/shapes/Holder/members", d.location().pointer());
        assertEquals("Holder", d.location().shape());
        assertTrue(d.message().startsWith("structure Holder has 254 members; a Java record holds at most 253")
                && d.message().contains("Split the structure") && d.message().contains("--operations"),
                d.message());
    }

    @Test
    void anEnumOneValueLargerIsAPlainStringThatKeepsEveryValue() throws Exception {
        Generator.Emitted emitted = emit(spec(3, JvmLimits.MAX_ENUM_VALUES + 1));
        assertEquals(List.of("approx.enum-too-large"), emitted.warnings().stream().map(Diagnostic::id).toList());
        Diagnostic d = emitted.warnings().get(0);
        assertEquals("/shapes/Kind/enum", d.location().pointer());
        assertTrue(d.message().startsWith("enum Kind has 2,701 values; a generated enum class holds at most 2,700")
                && d.message().contains("plain Strings"), d.message());
        assertEquals(0, emitted.enums());
        assertTrue(emitted.files().stream().noneMatch(f -> f.path().endsWith("/Kind.java")));
        CompiledCode code = compile(emitted);
        Class<?> holder = code.load("com.example.limits.Holder");
        assertEquals(String.class, holder.getRecordComponents()[0].getType());
        // A value of the list, and one that is not: both come back as they were, and neither is a violation.
        for (String kind : List.of("ml.v2700.xlarge", "ml.v9999.xlarge")) {
            String json = "{\"Kind\":\"" + kind + "\",\"M0\":\"a\"}";
            Object value = MAPPER.readValue(json, holder);
            assertEquals(kind, CompiledCode.call(value, "kind"));
            assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)));
            assertEquals(List.of(), CompiledCode.call(value, "validate"));
        }
    }

    /** The guard and the report compare specs: a shape made plain for the JVM is no change of the spec. */
    @Test
    void anEnumMadePlainIsNoChangeForTheBaselineGuardOrTheChangeReport(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, spec(3, JvmLimits.MAX_ENUM_VALUES + 1));
        Path state = dir.resolve("limits.state");
        GenerationResult first = Generator.generate(new GenerationRequest(spec, dir.resolve("out"),
                "com.example.limits", List.of(), List.of(), state, spec));
        assertEquals(List.of("approx.enum-too-large"), first.warnings().stream().map(Diagnostic::id).toList());
        // An unrelated edit: the report lists it, and only it.
        Files.writeString(spec, spec(3, JvmLimits.MAX_ENUM_VALUES + 1).replace("\"max\": 8", "\"max\": 9"));
        GenerationResult second = Generator.generate(new GenerationRequest(spec, dir.resolve("out"),
                "com.example.limits", List.of(), List.of(), state, null));
        assertTrue(second.changeReport() != null && second.changeReport().contains("Text")
                && !second.changeReport().contains("Kind"), second.changeReport());
    }

    /** Lists of lists {@code depth} deep, L1 the innermost (a list of strings), and a structure that holds the last. */
    private static String nestedLists(int depth) {
        StringBuilder shapes = new StringBuilder("\"Text\": {\"type\": \"string\"}, \"L1\": {\"type\": \"list\", "
                + "\"member\": {\"shape\": \"Text\"}}");
        for (int i = 2; i <= depth; i++) {
            shapes.append(", \"L").append(i).append("\": {\"type\": \"").append(i % 2 == 0 ? "map\", \"key\": "
                    + "{\"shape\": \"Text\"}, \"value\"" : "list\", \"member\"").append(": {\"shape\": \"L")
                    .append(i - 1).append("\"}}");
        }
        return "{\"shapes\": {\"Holder\": {\"type\": \"structure\", \"members\": {\"Deep\": {\"shape\": \"L" + depth
                + "\"}}}, " + shapes + "}}";
    }

    @Test
    void listsAndMapsNestedAsDeepAsAllowedCompileAndRoundTrip() throws Exception {
        CompiledCode code = compile(emit(nestedLists(JvmLimits.MAX_TYPE_NESTING)));
        Class<?> holder = code.load("com.example.limits.Holder");
        // 64 levels: 32 maps, each holding a list, down to a list of strings.
        String json = "{\"Deep\":" + "{\"k\":[".repeat(31) + "{\"k\":[\"a\"]}" + "]}".repeat(31) + "}";
        Object value = MAPPER.readValue(json, holder);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)));
    }

    @Test
    void oneLevelDeeperIsOneErrorWhereTheNestingFirstGoesPastTheLimit() {
        for (int depth : new int[] {JvmLimits.MAX_TYPE_NESTING + 1, 20_000}) {
            SpecException e = assertThrows(SpecException.class, () -> emit(nestedLists(depth)));
            List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
            assertEquals(List.of("shape.too-deep"), errors.stream().map(Diagnostic::id).toList(), "depth " + depth);
            Diagnostic d = errors.get(0);
            assertEquals("/shapes/L65/member/shape", d.location().pointer());
            assertTrue(d.message().startsWith("list L65 nests lists and maps 65 levels deep (L65 -> L64 -> L63 -> "
                    + "L62 -> ...); generated types nest at most 64"), d.message());
        }
    }

    @Test
    void aLongLoopOfListsIsHoldsItselfAtEachShapeWithTheLoopShortened() {
        StringBuilder shapes = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            shapes.append(i == 0 ? "" : ", ").append("\"L").append(i).append("\": {\"type\": \"list\", \"member\": "
                    + "{\"shape\": \"L").append((i + 1) % 30).append("\"}}");
        }
        SpecException e = assertThrows(SpecException.class, () -> emit("{\"shapes\": {" + shapes + "}}"));
        List<Diagnostic> errors = e.diagnostics();
        assertEquals(30, errors.stream().filter(d -> d.id().equals("shape.holds-itself")).count(), errors::toString);
        assertTrue(errors.get(0).message().contains("(L0 -> L1 -> L2 -> L3 -> L4 -> L5 -> L6 -> L7 -> L8 -> L9 -> "
                + "L10 -> ... (30 shapes) -> L0)"), errors.get(0).message());
    }

    private static final List<String> UNION_KINDS = List.of("Text", "Time", "Deep", "Kind", "Holder", "Bytes", "Times");

    /** A union of {@code members} members of the kinds that take the most code to read, in turn. */
    private static String union(int members) {
        String variants = IntStream.range(0, members)
                .mapToObj(i -> "\"V" + i + "\": {\"shape\": \"" + UNION_KINDS.get(i % UNION_KINDS.size()) + "\"}")
                .collect(Collectors.joining(", "));
        return "{\"shapes\": {\"Choice\": {\"type\": \"structure\", \"union\": true, \"members\": {" + variants
                + "}}, \"Text\": {\"type\": \"string\"}, \"Time\": {\"type\": \"timestamp\", "
                + "\"timestampFormat\": \"iso8601\"}, \"Bytes\": {\"type\": \"blob\"}, "
                + "\"Times\": {\"type\": \"list\", \"member\": {\"shape\": \"Time\"}}, "
                + "\"Deep\": {\"type\": \"list\", \"member\": {\"shape\": \"TimeMap\"}}, "
                + "\"TimeMap\": {\"type\": \"map\", \"key\": {\"shape\": \"Text\"}, "
                + "\"value\": {\"shape\": \"Times\"}}, "
                + "\"Kind\": {\"type\": \"string\", \"enum\": [\"a\", \"b\"]}, "
                + "\"Holder\": {\"type\": \"structure\", \"members\": {\"Name\": {\"shape\": \"Text\"}}}}}";
    }

    @Test
    void theWidestUnionCompilesAndReadsItsLastMember() throws Exception {
        CompiledCode code = compile(emit(union(JvmLimits.MAX_UNION_MEMBERS)));
        Class<?> choice = code.load("com.example.limits.Choice");
        // The last member of the costliest kind: a list of maps of lists of timestamps.
        int deep = JvmLimits.MAX_UNION_MEMBERS - 1;
        while (!UNION_KINDS.get(deep % UNION_KINDS.size()).equals("Deep")) {
            deep--;
        }
        String json = "{\"V" + deep + "\":[{\"k\":[\"2025-01-16T00:00:00Z\"]}]}";
        Object value = MAPPER.readValue(json, choice);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)));
    }

    @Test
    void aUnionOneMemberWiderIsAnError() {
        SpecException e = assertThrows(SpecException.class, () -> emit(union(JvmLimits.MAX_UNION_MEMBERS + 1)));
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("shape.too-many-members"), errors.stream().map(Diagnostic::id).toList());
        assertTrue(errors.get(0).message().startsWith("union Choice has 1,001 members; a generated union reads at "
                + "most 1,000"), errors.get(0).message());
    }

    /**
     * Strings at the class file's limit: an enum value as long as a constant may be and a pattern as long as a string
     * may be compile; a byte more makes the enum a plain string, and the pattern unchecked, each with a warning.
     */
    @Test
    void enumValuesAndPatternsAsLongAsAClassFileTakesCompileAndLongerOnesAreLeftAsStrings() throws Exception {
        String value = "v".repeat(JvmLimits.MAX_ENUM_VALUE_BYTES);
        // 21,844 three-byte characters and two of one byte: 65,534 bytes in the class file, far fewer characters.
        String pattern = "\u4e2d".repeat(21_844) + "bb";
        String spec = "{\"shapes\": {\"Holder\": {\"type\": \"structure\", \"members\": {"
                + "\"At\": {\"shape\": \"At\"}, \"Over\": {\"shape\": \"Over\"}, "
                + "\"Fits\": {\"shape\": \"Fits\"}, \"Spills\": {\"shape\": \"Spills\"}}}, "
                + "\"At\": {\"type\": \"string\", \"enum\": [\"" + value + "\", \"short\"]}, "
                + "\"Over\": {\"type\": \"string\", \"enum\": [\"" + value + "v\", \"short\"]}, "
                + "\"Fits\": {\"type\": \"string\", \"max\": 3, \"pattern\": \"" + pattern + "\"}, "
                + "\"Spills\": {\"type\": \"string\", \"max\": 3, \"pattern\": \"" + pattern + "b\"}}}";
        Generator.Emitted emitted = emit(spec);
        assertEquals(List.of("approx.enum-too-large /shapes/Over/enum",
                "approx.pattern-too-long /shapes/Spills/pattern"),
                emitted.warnings().stream().map(d -> d.id() + " " + d.location().pointer()).toList());
        assertTrue(emitted.warnings().get(0).message().startsWith("enum Over has a value of 16,385 bytes; a generated "
                + "constant holds at most 16,384"), emitted.warnings().get(0).message());
        assertTrue(emitted.warnings().get(1).message().startsWith("the pattern of Spills is 65,535 bytes long, more "
                + "than a class file holds in one string (65,534), so validate() does not check it"),
                emitted.warnings().get(1).message());
        assertEquals(1, emitted.enums());
        CompiledCode code = compile(emitted);
        Class<?> holder = code.load("com.example.limits.Holder");
        String json = "{\"At\":\"" + value + "\",\"Over\":\"" + value + "v\",\"Fits\":\"abc\",\"Spills\":\"abc\"}";
        Object read = MAPPER.readValue(json, holder);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(read)));
        // Fits's pattern is checked (and fails on "abc"); Spills's is not.
        List<?> violations = (List<?>) CompiledCode.call(read, "validate");
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).toString().startsWith("Fits"), violations::toString);
    }

    /**
     * A record whose checks would pass 64 KiB of code in one method (240 members of lists nested five deep, and some
     * of maps nested sixteen deep with patterned keys, each level walked in a loop): the walk is split into helpers,
     * and still finds violations at the last members, deep inside.
     */
    @Test
    void aWalkTooLongForOneMethodIsSplitAndStillChecksEveryMember() throws Exception {
        StringBuilder shapes = new StringBuilder("\"Small\": {\"type\": \"integer\", \"min\": 0, \"max\": 10}, "
                + "\"Key\": {\"type\": \"string\", \"pattern\": \"^[a-z]+$\"}, "
                + "\"L1\": {\"type\": \"list\", \"member\": {\"shape\": \"Small\"}}, "
                + "\"M1\": {\"type\": \"map\", \"key\": {\"shape\": \"Key\"}, \"value\": {\"shape\": \"Small\"}}");
        for (int i = 2; i <= 16; i++) {
            shapes.append(", \"L").append(i).append("\": {\"type\": \"list\", \"member\": {\"shape\": \"L")
                    .append(i - 1).append("\"}}, \"M").append(i).append("\": {\"type\": \"map\", \"key\": {\"shape\": "
                    + "\"Key\"}, \"value\": {\"shape\": \"M").append(i - 1).append("\"}}");
        }
        String members = IntStream.range(0, 240).mapToObj(i -> "\"A" + i + "\": {\"shape\": \"L5\"}")
                .collect(Collectors.joining(", ")) + ", " + IntStream.range(0, 10)
                .mapToObj(i -> "\"B" + i + "\": {\"shape\": \"M16\"}").collect(Collectors.joining(", "));
        String spec = "{\"shapes\": {\"Wide\": {\"type\": \"structure\", \"members\": {" + members + "}}, " + shapes
                + "}}";
        Generator.Emitted emitted = emit(spec);
        CompiledCode code = compile(emitted);
        Class<?> wide = code.load("com.example.limits.Wide");
        assertTrue(java.util.Arrays.stream(wide.getDeclaredMethods()).filter(m -> m.getName().startsWith("validate$"))
                .count() >= 2, "the walk is split");
        String json = "{\"A0\":[[[[[1]]]]],\"B9\":" + "{\"k\":".repeat(15) + "{\"k\":11}" + "}".repeat(15)
                + ",\"A239\":[[[[[2,12]]]]]}";
        Object value = MAPPER.readValue(json, wide);
        List<?> violations = (List<?>) CompiledCode.call(value, "validate");
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.toString().contains("A239") && violations.toString().contains("B9"),
                violations::toString);
    }
}
