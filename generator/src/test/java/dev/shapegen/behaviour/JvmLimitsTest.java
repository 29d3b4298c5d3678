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

    /** A spec whose structure {@code Holder} has {@code members} string members and an enum member of {@code values}. */
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

    private static Generator.Emitted emit(String spec) {
        return Generator.emit("spec.json", spec.getBytes(StandardCharsets.UTF_8),
                GenerationRequest.all(Path.of("spec.json"), Path.of("out"), "com.example.limits"));
    }

    private static CompiledCode compile(Generator.Emitted emitted) {
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
        assertEquals(JvmLimits.MAX_RECORD_MEMBERS, holder.getRecordComponents().length);
        String last = "ml.v" + (JvmLimits.MAX_ENUM_VALUES - 1) + ".xlarge";
        String json = "{\"Kind\":\"" + last + "\",\"M252\":\"last\"}";
        Object value = MAPPER.readValue(json, holder);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)));
        // equals, hashCode and toString are the record's own, bootstrapped with every component.
        Object same = MAPPER.readValue(json, holder);
        assertEquals(value, same);
        assertEquals(value.hashCode(), same.hashCode());
        assertTrue(value.toString().contains("m252=last"), value.toString());
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
        assertTrue(d.message().startsWith("structure Holder has 255 members; a Java record holds at most 254")
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
}
