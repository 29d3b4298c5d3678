package dev.shapegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.naming.Namer;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.resolve.Resolver;
import dev.shapegen.resolve.regex.PatternAutomata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The automata of the pattern holders: compiled once, when first asked for, as each pattern compiles alone. */
class CompiledPatternsTest {
    private static final String SPEC = """
            {"shapes": {
              "Thing": {"type": "structure", "members": {
                "Id": {"shape": "Id"}, "Name": {"shape": "Name"}, "Note": {"shape": "Note"}, "Code": {"shape": "Code"},
                "Ip": {"shape": "Ip"}}},
              "Id": {"type": "string", "pattern": "^[a-z]+$", "max": 64},
              "Name": {"type": "string", "pattern": "^[a-z]+$", "max": 64},
              "Note": {"type": "string", "pattern": ".*"},
              "Code": {"type": "string", "pattern": "^[A-Z]{3}$"},
              "Ip": {"type": "string", "pattern": "^(\\\\d{1,3}\\\\.){3}\\\\d{1,3}(?<!\\\\.0)$"}
            }}
            """;

    private static PatternTable table() {
        Diagnostics d = new Diagnostics();
        ServiceModel m = SpecParser.parse("s.json", SPEC.getBytes(StandardCharsets.UTF_8), d).orElseThrow();
        ResolvedModel model = Resolver.resolve(m, List.of(), List.of(), d);
        Types types = new Types(model, Namer.name(model, "p", d));
        assertFalse(d.hasErrors(), d.all().toString());
        return types.patterns();
    }

    private static List<PatternTable.Accessor> accessors(PatternTable table) {
        return table.holders().values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    @Test
    void nothingIsCompiledUntilAskedFor() {
        assertFalse(table().automata().compiled());
    }

    @Test
    void eachAccessorGetsTheAutomatonItsPatternCompilesTo() {
        PatternTable table = table();
        List<PatternTable.Accessor> accessors = accessors(table);
        // Id and Name share one; Note's pattern matches every string, so it is not checked.
        assertEquals(List.of("code", "id", "ip"), accessors.stream().map(PatternTable.Accessor::method).toList());
        for (PatternTable.Accessor a : accessors) {
            assertEquals(PatternAutomata.compile(a.pattern(), a.maxLength()).encoded(), table.automata().automaton(a),
                    a.method());
        }
        assertTrue(table.automata().compiled());
        assertNotNull(table.automata().automaton(accessors.get(1)));
    }

    /** A pattern that cannot be compiled (a bug) fails the run with its own exception. */
    @Test
    void aFailureReachesTheCaller() {
        PatternTable.Accessor broken = new PatternTable.Accessor(ClassName.get("p.runtime", "Patterns"), "broken",
                null, PatternAutomata.NO_MAX, List.of("Broken"));
        assertThrows(NullPointerException.class, () -> new CompiledPatterns(List.of(broken)).automaton(broken));
    }
}
