package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.CompiledCode;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated classes can be unloaded: once an application (an application server, a hot reload) lets their class
 * loader go, nothing in the generated runtime keeps it. A reader cached on a JDK class such as {@code String} would
 * keep it, and every generated class with it, for as long as the JVM runs.
 */
class ClassUnloadingTest {

    @Test
    void generatedClassesAreCollectedOnceTheirLoaderIsDropped() throws Exception {
        WeakReference<ClassLoader> loader = readWriteAndValidateThenDrop();
        for (int i = 0; i < 100 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(loader.get(), "the generated classes' loader is still reachable after 100 collections");
    }

    private static WeakReference<ClassLoader> readWriteAndValidateThenDrop() throws Exception {
        // Lists and maps of JDK types: their elements are read through readers found by type.
        String spec = """
                {"metadata": {"protocol": "rest-json", "serviceId": "Unloading"}, "operations": {}, "shapes": {
                  "Holder": {"type": "structure", "members": {
                    "Names": {"shape": "Names"}, "Counts": {"shape": "Counts"}, "Times": {"shape": "Times"},
                    "Tags": {"shape": "Tags"}, "Flags": {"shape": "Flags"}}},
                  "Names": {"type": "list", "member": {"shape": "Name"}},
                  "Counts": {"type": "list", "member": {"shape": "Count"}},
                  "Times": {"type": "list", "member": {"shape": "Time"}},
                  "Flags": {"type": "list", "member": {"shape": "Flag"}},
                  "Tags": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Name"}},
                  "Name": {"type": "string", "max": 10},
                  "Count": {"type": "integer"},
                  "Time": {"type": "timestamp"},
                  "Flag": {"type": "boolean"}
                }}
                """;
        var emitted = Generator.emit("spec.json", spec.getBytes(StandardCharsets.UTF_8),
                GenerationRequest.all(Path.of("spec.json"), Path.of("out"), "unloading"));
        CompiledCode code = CompiledCode.compileInMemory(emitted.files());
        assertEquals("", code.report(javax.tools.Diagnostic.Kind.ERROR));
        Class<?> type = code.load("unloading.Holder");
        // A mapper of its own, with its own type cache: Jackson's shared one holds the last 200 types it saw.
        ObjectMapper mapper = new ObjectMapper().setTypeFactory(TypeFactory.createDefaultInstance());
        String json = "{\"Names\":[\"a\",\"b\"],\"Counts\":[1,2],\"Times\":[1736985600],\"Tags\":{\"k\":\"v\"},"
                + "\"Flags\":[true]}";
        Object value = mapper.readValue(json, type);
        assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(value)));
        assertEquals(List.of(), CompiledCode.call(value, "validate"));
        return new WeakReference<>(type.getClassLoader());
    }
}
