package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import dev.shapegen.emit.SignatureLimits;
import dev.shapegen.testing.CompiledCode;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A record whose component names, joined, or whose constructor's signature fill one class file string exactly
 * compiles; a byte more is an error before anything is written, where javac would refuse the output.
 */
class SignatureLimitsTest {
    private static final String TAIL = ", or split the structure in the model, or select operations or shapes that do "
            + "not reach it (--operations, --shapes)";

    /** A structure {@code Wide} whose members have the given names and shapes, in order. */
    private static String spec(List<String> names, List<String> shapes, String others) {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            members.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append("\": {\"shape\": \"")
                    .append(shapes.get(i)).append("\"}");
        }
        return "{\"shapes\": {\"Wide\": {\"type\": \"structure\", \"members\": {" + members + "}}, "
                + "\"Text\": {\"type\": \"string\"}, \"Int\": {\"type\": \"integer\"}, \"Big\": {\"type\": \"long\"}, "
                + "\"Real\": {\"type\": \"float\"}" + others + "}}";
    }

    /**
     * 253 members named m000..., some a character longer, so that "name;name;...;unknownMembers" is {@code bytes}
     * long.
     */
    private static String namesSpec(int bytes) {
        int longer = bytes - (253 * 257 + 252 + ";unknownMembers".length());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 253; i++) {
            names.add("m" + "0".repeat((i < longer ? 258 : 257) - 4) + String.format("%03d", i));
        }
        return spec(names, Collections.nCopies(253, "Text"), "");
    }

    /** The canonical constructor: the one with every component, the members of the JSON not known included. */
    private static Constructor<?> canonical(Class<?> record) {
        return Arrays.stream(record.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow();
    }

    private static Diagnostic theError(String spec) {
        SpecException e = assertThrows(SpecException.class, () -> JvmLimitsTest.emit(spec));
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("shape.signature-too-long"), errors.stream().map(Diagnostic::id).toList());
        assertEquals("/shapes/Wide/members", errors.get(0).location().pointer());
        return errors.get(0);
    }

    @Test
    void componentNamesThatFillOneStringCompileAndAByteMoreIsAnError() throws Exception {
        CompiledCode code = JvmLimitsTest.compile(JvmLimitsTest.emit(namesSpec(SignatureLimits.MAX_CONSTANT_BYTES)));
        Class<?> wide = code.load("com.example.limits.Wide");
        String joined = Arrays.stream(wide.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.joining(";"));
        assertEquals(SignatureLimits.MAX_CONSTANT_BYTES, joined.length());
        Object value = canonical(wide).newInstance(new Object[254]);
        assertEquals(value, canonical(wide).newInstance(new Object[254]));
        assertTrue(value.toString().startsWith("Wide[m00"), value.toString());

        assertEquals("the record for structure Wide cannot be compiled: its member names, joined, come to 65,536 "
                + "bytes, and a class file holds at most 65,535 in one string. Shorten the names of its members" + TAIL,
                theError(namesSpec(SignatureLimits.MAX_CONSTANT_BYTES + 1)).message());
    }

    /**
     * 223 members of a structure with a 241-character name (262 bytes each as {@code Lcom/example/limits/...;}), 27
     * of one with a 240-character name (261), the members of the JSON not known ({@code L.../runtime/UnknownMembers;},
     * 43) and one more of {@code last}: {@code Long} (16 bytes) fills the descriptor's 65,535 bytes, {@code Float}
     * (17) is a byte more. (A longer type name would make a class file name, {@code ...$Builder.class}, too long.)
     */
    private static String descriptorSpec(String last) {
        String type = "T" + "x".repeat(240);
        String shorter = "U" + "x".repeat(239);
        List<String> shapes = new ArrayList<>(Collections.nCopies(223, type));
        shapes.addAll(Collections.nCopies(27, shorter));
        shapes.add(last);
        List<String> names = IntStream.range(0, 251).mapToObj(i -> "M" + i).toList();
        String structure = "\": {\"type\": \"structure\", \"members\": {\"A\": {\"shape\": \"Text\"}}}";
        return spec(names, shapes, ", \"" + type + structure + ", \"" + shorter + structure);
    }

    /**
     * 242 lists of a structure with a 231-character name (270 bytes each as {@code Ljava/util/List<L...;>;}), five
     * {@code Integer}s (19 bytes each), two {@code String}s (18), the members of the JSON not known (43) and one of
     * {@code last}: {@code String} fills the signature, {@code Integer} is a byte more.
     */
    private static String signatureSpec(String last) {
        String type = "T" + "x".repeat(230);
        List<String> shapes = new ArrayList<>(Collections.nCopies(242, "Ts"));
        shapes.addAll(List.of("Int", "Int", "Int", "Int", "Int", "Text", "Text", last));
        List<String> names = IntStream.range(0, 250).mapToObj(i -> "M" + i).toList();
        return spec(names, shapes, ", \"" + type + "\": {\"type\": \"structure\", \"members\": {\"A\": {\"shape\": "
                + "\"Text\"}}}, \"Ts\": {\"type\": \"list\", \"member\": {\"shape\": \"" + type + "\"}}");
    }

    @Test
    void constructorSignaturesThatFillOneStringCompileAndAByteMoreIsAnError() throws Exception {
        for (String spec : List.of(descriptorSpec("Big"), signatureSpec("Text"))) {
            Class<?> wide = JvmLimitsTest.compile(JvmLimitsTest.emit(spec)).load("com.example.limits.Wide");
            assertEquals(spec.contains("\"Ts\"") ? 251 : 252, wide.getRecordComponents().length);
        }
        for (String spec : List.of(descriptorSpec("Real"), signatureSpec("Int"))) {
            assertEquals("the record for structure Wide cannot be compiled: its constructor's signature (the types of "
                    + "its members) comes to 65,536 bytes, and a class file holds at most 65,535 in one string. "
                    + "Shorten the names of the shapes its members refer to or the package" + TAIL,
                    theError(spec).message());
        }
    }

    /**
     * A sensitive member gives the record its own toString(), with a label per member ("name="): built with a
     * StringBuilder, so the labels are separate constants, not one of javac's string concatenation, which would pass
     * 65,535 bytes before the joined names do (100 names of 653 characters here: 65,399 bytes joined).
     */
    @Test
    void aRedactingToStringOfLongNamesCompiles() throws Exception {
        List<String> names = IntStream.range(0, 100).mapToObj(i -> "m" + "0".repeat(649) + String.format("%03d", i))
                .toList();
        List<String> shapes = new ArrayList<>(Collections.nCopies(100, "Text"));
        shapes.set(0, "Secret");
        String spec = spec(names, shapes, ", \"Secret\": {\"type\": \"string\", \"sensitive\": true}");
        Class<?> wide = JvmLimitsTest.compile(JvmLimitsTest.emit(spec)).load("com.example.limits.Wide");
        Object[] values = new Object[101];
        values[0] = "hunter2";
        values[99] = "last";
        String text = canonical(wide).newInstance(values).toString();
        assertTrue(text.startsWith("Wide[m" + "0".repeat(649) + "000=***, m")
                && text.endsWith("099=last, unknownMembers=null]"), text);
    }
}
