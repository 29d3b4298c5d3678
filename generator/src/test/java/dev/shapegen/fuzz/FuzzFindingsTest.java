package dev.shapegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import dev.shapegen.testing.CompiledCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each spec here once crashed the generator or broke generated code; found by the properties in this package. */
class FuzzFindingsTest {
    private static final String FILE = "spec.json";

    private static List<Diagnostic> errors(String json) {
        GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), "com.example");
        SpecException e = assertThrows(SpecException.class,
                () -> Generator.emit(FILE, json.getBytes(StandardCharsets.UTF_8), request));
        return e.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void boundBeyondTheRangeOfADoubleIsFieldRangeNotACrash() {
        // Jackson reads 1e400 as infinity, which has no BigDecimal value.
        List<Diagnostic> errors = errors("""
                {"shapes": {"Big": {"type": "double",
                  "max": 1e400}}}
                """);
        assertEquals(List.of("field.range"), errors.stream().map(Diagnostic::id).toList());
        assertEquals("/shapes/Big/max", errors.get(0).location().pointer());
        assertEquals(2, errors.get(0).location().line());
    }

    @Test
    void listWhoseMemberIsTheListItselfIsShapeHoldsItselfNotAStackOverflow() {
        List<Diagnostic> errors = errors("""
                {"shapes": {"Loop": {"type": "list", "member": {"shape": "Loop"}}}}
                """);
        assertEquals(List.of("shape.holds-itself"), errors.stream().map(Diagnostic::id).toList());
        assertEquals("/shapes/Loop/member/shape", errors.get(0).location().pointer());
        assertTrue(errors.get(0).message().contains("Loop -> Loop"), errors.get(0).message());
    }

    @Test
    void mapAndListHoldingEachOtherAreBothShapeHoldsItself() {
        List<Diagnostic> errors = errors("""
                {"shapes": {
                  "Key": {"type": "string"},
                  "Outer": {"type": "map", "key": {"shape": "Key"}, "value": {"shape": "Inner"}},
                  "Inner": {"type": "list", "member": {"shape": "Outer"}}}}
                """);
        assertEquals(List.of("shape.holds-itself", "shape.holds-itself"),
                errors.stream().map(Diagnostic::id).toList());
        assertTrue(errors.get(0).message().contains("Outer -> Inner -> Outer"), errors.get(0).message());
    }

    @Test
    void listHoldingAStructureThatHoldsTheListIsFine() {
        // Recursion through a structure is a record that refers to itself: legal Java, and common in real models.
        String json = """
                {"shapes": {
                  "Node": {"type": "structure", "members": {"Children": {"shape": "Nodes"}}},
                  "Nodes": {"type": "list", "member": {"shape": "Node"}}}}
                """;
        GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), "com.example");
        var emitted = Generator.emit(FILE, json.getBytes(StandardCharsets.UTF_8), request);
        assertEquals(1, emitted.records());
    }

    @Test
    void shapeAndUnionMemberNamedUnderscoreAreRenamedAndCompile(@TempDir Path dir) {
        // "_" is a keyword since Java 9; as a class name it made JavaPoet throw.
        String json = """
                {"shapes": {
                  "_": {"type": "structure", "union": true, "members": {"_": {"shape": "Text"}}},
                  "Text": {"type": "string"}}}
                """;
        GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), "com.example");
        var emitted = Generator.emit(FILE, json.getBytes(StandardCharsets.UTF_8), request);
        List<String> renames = emitted.warnings().stream().filter(w -> w.id().equals("name.renamed"))
                .map(Diagnostic::message).toList();
        assertEquals(List.of("shape _ is named __ in Java, not _, because it is a Java keyword",
                // "__" is the union's own name, which a nested type cannot take.
                "member _ is named _2 in Java, not _, because it is a Java keyword"), renames);
        CompiledCode code = CompiledCode.compile(emitted.files(), dir);
        assertEquals("", code.report(javax.tools.Diagnostic.Kind.ERROR));
        code.load("com.example.__$_2");
    }

    @Test
    void structuresNamedStringAndClassReadAndWriteJson(@TempDir Path dir) throws Exception {
        // The streaming reader once declared its loop variable as "String", which then meant the model's String.
        String json = """
                {"shapes": {
                  "String": {"type": "structure", "members": {"Class": {"shape": "class"}}},
                  "class": {"type": "structure", "members": {"Text": {"shape": "PlainString"}}},
                  "PlainString": {"type": "string"}}}
                """;
        GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), "com.example");
        var emitted = Generator.emit(FILE, json.getBytes(StandardCharsets.UTF_8), request);
        CompiledCode code = CompiledCode.compile(emitted.files(), dir);
        assertEquals("", code.report(javax.tools.Diagnostic.Kind.ERROR));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String value = "{\"Class\":{\"Text\":\"t\"}}";
        assertEquals(value, mapper.writeValueAsString(mapper.readValue(value, code.load("com.example.String"))));
    }

    @Test
    void lineAndParagraphSeparatorsInEnumValuesWireNamesAndPatternsStayInTheirLiterals(@TempDir Path dir)
            throws Exception {
        // JavaPoet's writer starts a new line at U+2028 and U+2029 even inside a string literal.
        String json = """
                {"shapes": {
                  "Sep": {"type": "string", "enum": ["a\u2028b", "\u2029"]},
                  "Line": {"type": "string", "pattern": "^[^\u2028]*$"},
                  "Holder": {"type": "structure", "members": {
                    "x\u2028y": {"shape": "Sep"}, "Text": {"shape": "Line"}}},
                  "Choice": {"type": "structure", "union": true, "members": {"\u2029": {"shape": "Line"}}}}}
                """;
        GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), "com.example");
        var emitted = Generator.emit(FILE, json.getBytes(StandardCharsets.UTF_8), request);
        CompiledCode code = CompiledCode.compile(emitted.files(), dir);
        assertEquals("", code.report(javax.tools.Diagnostic.Kind.ERROR));
        Object sep = CompiledCode.call(code.load("com.example.Sep"), "fromValue", "a\u2028b");
        assertEquals(true, CompiledCode.call(sep, "isKnown"));
        Object builder = CompiledCode.call(code.load("com.example.Holder"), "builder");
        CompiledCode.call(builder, "xY", sep);
        CompiledCode.call(builder, "text", "c\u2028d");
        Object holder = CompiledCode.call(builder, "build");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals("{\"x\u2028y\":\"a\u2028b\",\"Text\":\"c\u2028d\"}", mapper.writeValueAsString(holder));
        List<?> violations = (List<?>) CompiledCode.call(holder, "validate");
        assertEquals(1, violations.size(), violations::toString);
        assertEquals("Text", CompiledCode.call(violations.get(0), "path"));
        Object choice = mapper.readValue("{\"\u2029\": \"ok\"}", code.load("com.example.Choice"));
        assertEquals("\u2029", CompiledCode.call(choice, "memberName"));
    }
}
