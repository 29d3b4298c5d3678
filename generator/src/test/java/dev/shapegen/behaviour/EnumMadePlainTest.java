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
            types.put(c.getName(), c.getGenericType().getTypeName());
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

    /**
     * Values added or removed are no breaking change of the spec, but across the limit they change the generated
     * types: the baseline guard says so, in either direction.
     */
    @Test
    void theBaselineGuardReportsAnEnumThatCrossesTheLimitEitherWay(@TempDir Path dir) throws Exception {
        Path fits = dir.resolve("fits.json");
        Path plain = dir.resolve("plain.json");
        Files.writeString(fits, spec(JvmLimits.MAX_ENUM_VALUES));
        Files.writeString(plain, spec(JvmLimits.MAX_ENUM_VALUES + 1));
        assertEquals("breaking change since fits.json: enum Kind now has 2,701 values (2,700 before), too large for a "
                + "generated enum class, so its members change from Kind to String; if it is intended, move the "
                + "baseline to this spec", enumBreak(plain, fits, dir.resolve("a")));
        assertEquals("breaking change since plain.json: enum Kind now has 2,700 values (2,701 before), and fits a "
                + "generated enum class again, so its members change from String to Kind; if it is intended, move "
                + "the baseline to this spec", enumBreak(fits, plain, dir.resolve("b")));
        // Selected shapes that do not reach the enum: nothing to report.
        GenerationResult text = Generator.generate(new GenerationRequest(plain, dir.resolve("c"), "com.example.limits",
                List.of("Text"), List.of(), null, fits));
        assertEquals(List.of(), text.warnings());
    }

    /** Generates {@code spec} against {@code baseline}; returns the one breaking change at Kind's values. */
    private static String enumBreak(Path spec, Path baseline, Path out) {
        SpecException e = assertThrows(SpecException.class, () -> Generator.generate(new GenerationRequest(spec, out,
                "com.example.limits", List.of(), List.of(), null, baseline)));
        List<Diagnostic> atKind = e.diagnostics().stream()
                .filter(d -> "/shapes/Kind/enum".equals(d.location().pointer())).toList();
        assertEquals(1, atKind.size(), e.diagnostics()::toString);
        assertEquals("diff.breaking", atKind.get(0).id());
        return atKind.get(0).message();
    }
}
