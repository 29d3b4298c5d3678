package dev.shapegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.write.GeneratedFile;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's pattern holders: each pattern once per package, named after a shape that uses it, decoded on first
 * use, and split over several holders when a model has very many.
 */
class PatternHoldersTest {
    @TempDir
    Path dir;

    private Map<String, String> emit(String spec) throws Exception {
        Path file = Files.writeString(dir.resolve("spec.json"), spec);
        GenerationRequest request = GenerationRequest.all(file, dir.resolve("out"), "pkg");
        Map<String, String> out = new TreeMap<>();
        for (GeneratedFile f : Generator.emit("spec.json", Files.readAllBytes(file), request).files()) {
            out.put(f.path(), new String(f.content(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void eachPatternOnceNamedAfterTheFirstShapeThatUsesIt() throws Exception {
        Map<String, String> files = emit("""
                {"metadata": {"protocol": "json"}, "shapes": {
                  "A": {"type": "structure", "members": {"X": {"shape": "Zeta"}, "Y": {"shape": "Alpha"},
                    "Z": {"shape": "Ids"}, "W": {"shape": "Long"}}},
                  "B": {"type": "structure", "members": {"X": {"shape": "Zeta"}, "T": {"shape": "toString"},
                    "K": {"shape": "class"}, "F": {"shape": "foo"}, "G": {"shape": "Foo"}}},
                  "Zeta": {"type": "string", "max": 9, "pattern": "^[a-z]+$"},
                  "Alpha": {"type": "string", "max": 9, "pattern": "^[a-z]+$"},
                  "Long": {"type": "string", "max": 99, "pattern": "^[a-z]+$"},
                  "Ids": {"type": "list", "member": {"shape": "Zeta"}},
                  "toString": {"type": "string", "pattern": "^t"},
                  "class": {"type": "string", "pattern": "^c"},
                  "foo": {"type": "string", "pattern": "^f"},
                  "Foo": {"type": "string", "pattern": "^F"},
                  "Unused": {"type": "string", "pattern": "^u"}}}
                """);
        String holder = files.get("pkg/runtime/Patterns.java");
        assertNotNull(holder, files.keySet().toString());
        // Alpha and Zeta share one (pattern, max) pair; Long's max differs, so it has its own.
        assertEquals(List.of("alpha", "class_", "foo", "foo2", "long_", "toString_"), accessors(holder));
        assertTrue(holder.contains("The pattern of <code>Alpha</code> and 1 more shape, on values of at most 9"),
                holder);
        assertTrue(files.get("pkg/A.java").contains("v.string(\"X\", this.x, Long.MIN_VALUE, 9L, Patterns.alpha());"));
        assertTrue(files.get("pkg/A.java").contains("v.strings(\"Z\", this.z, Long.MIN_VALUE, Long.MAX_VALUE, "
                + "Long.MIN_VALUE, 9L, Patterns.alpha());"));
        assertTrue(files.get("pkg/B.java").contains("Patterns.foo2()"));
        assertEquals(1, files.keySet().stream().filter(p -> p.contains("/runtime/Patterns")).count());
    }

    @Test
    void noHolderWhenNoPatternIsChecked() throws Exception {
        Map<String, String> files = emit("""
                {"metadata": {"protocol": "json"}, "shapes": {
                  "A": {"type": "structure", "members": {"X": {"shape": "S"}, "V": {"shape": "Vacuous"}}},
                  "S": {"type": "string", "max": 9},
                  "Vacuous": {"type": "string", "pattern": ".*"},
                  "Unused": {"type": "string", "pattern": "^u"}}}
                """);
        assertTrue(files.keySet().stream().noneMatch(p -> p.contains("Patterns")), files.keySet().toString());
    }

    @Test
    void modelTypesNamedLikeTheHolderCompile() throws Exception {
        Path file = Files.writeString(dir.resolve("clash.json"), """
                {"metadata": {"protocol": "json"}, "shapes": {
                  "Patterns": {"type": "structure", "members": {"Id": {"shape": "Id"}, "R": {"shape": "Regex"}}},
                  "Regex": {"type": "structure", "members": {"Id": {"shape": "Id"}, "P": {"shape": "Patterns"}}},
                  "Id": {"type": "string", "pattern": "^[a-z]+$"}}}
                """);
        GenerationRequest request = GenerationRequest.all(file, dir.resolve("out"), "clash");
        Generator.Emitted emitted = Generator.emit("clash.json", Files.readAllBytes(file), request);
        CompiledCode code = CompiledCode.compile(emitted.files(), dir.resolve("compiled"));
        assertEquals(0, code.count(Diagnostic.Kind.ERROR), code.report(Diagnostic.Kind.ERROR));
        Object bad = new ObjectMapper().readValue("{\"Id\": \"A\", \"R\": {\"Id\": \"b\"}}",
                code.load("clash.Patterns"));
        assertEquals("[Id: must match the pattern ^[a-z]+$]", CompiledCode.call(bad, "validate").toString());
    }

    /**
     * More patterns than one holder takes: several holders, all compiled, each pattern checked by the right one;
     * validating a value decodes the patterns of its type (the accessors are called as arguments) and no others.
     */
    @Test
    void manyPatternsAreSplitOverHoldersThatCompileAndDecodeOnFirstUse() throws Exception {
        int count = 2 * PatternTable.PER_HOLDER + 50;
        int perType = 50;
        StringBuilder spec = new StringBuilder("{\"metadata\": {\"protocol\": \"json\"}, \"shapes\": {\n");
        for (int t = 0; t < count / perType; t++) {
            spec.append("\"T").append(t).append("\": {\"type\": \"structure\", \"members\": {");
            for (int m = 0; m < perType; m++) {
                int i = t * perType + m;
                spec.append(m == 0 ? "" : ", ").append("\"M").append(m).append("\": {\"shape\": \"S")
                        .append(String.format("%04d", i)).append("\"}");
            }
            spec.append("}},\n");
        }
        for (int i = 0; i < count; i++) {
            spec.append(i == 0 ? "" : ",\n").append("\"S").append(String.format("%04d", i))
                    .append("\": {\"type\": \"string\", \"max\": 64, \"pattern\": \"^x").append(i)
                    .append("(-[a-z]+)*$\"}");
        }
        spec.append("}}\n");
        Path file = Files.writeString(dir.resolve("many.json"), spec);
        GenerationRequest request = GenerationRequest.all(file, dir.resolve("out"), "many");
        Generator.Emitted emitted = Generator.emit("many.json", Files.readAllBytes(file), request);
        List<String> holders = emitted.files().stream().map(GeneratedFile::path)
                .filter(p -> p.contains("/runtime/Patterns")).toList();
        assertEquals(List.of("many/runtime/Patterns.java", "many/runtime/Patterns2.java",
                "many/runtime/Patterns3.java"), holders);
        assertEquals(RuntimeEmitter.TYPES.size() + 3, emitted.supportFiles(), "the holders are support files");

        CompiledCode code = CompiledCode.compile(emitted.files(), dir.resolve("compiled"));
        assertEquals(0, code.count(Diagnostic.Kind.ERROR), code.report(Diagnostic.Kind.ERROR));
        // S2049 is the last pattern, in the third holder; T40 holds S2000 to S2049.
        Class<?> type = code.load("many.T40");
        Class<?> third = code.load("many.runtime.Patterns3");
        assertNull(cache(third, "s2049"), "loading the holder decodes nothing");
        ObjectMapper json = new ObjectMapper();
        Object good = json.readValue("{\"M49\": \"x2049-ok\"}", type);
        assertEquals(List.of(), CompiledCode.call(good, "validate"));
        assertNotNull(cache(third, "s2049"), "validating a T40 decodes its patterns");
        assertNull(cache(code.load("many.runtime.Patterns2"), "s1999"), "and no other type's");
        Object bad = json.readValue("{\"M49\": \"x2048-no\"}", type);
        assertEquals("[M49: must match the pattern ^x2049(-[a-z]+)*$]", CompiledCode.call(bad, "validate")
                .toString());
    }

    private static Object cache(Class<?> holder, String name) throws ReflectiveOperationException {
        Field f = holder.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    private static List<String> accessors(String holder) {
        return holder.lines().filter(l -> l.startsWith("  public static Regex "))
                .map(l -> l.substring("  public static Regex ".length(), l.indexOf('(')))
                .collect(Collectors.toList());
    }
}
