package dev.shapegen.emit;

import dev.shapegen.resolve.regex.PatternAutomata;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The automata of a run's {@link PatternTable} accessors, each pattern (with its length bound) compiled once, when
 * the pattern holders first ask: after every type is emitted, and never by callers that only resolve a model (the
 * diff, the breaking-change guard). In parallel, since a model has hundreds and each depends on its pattern and bound
 * alone, so the results do not depend on scheduling. (Compiling on a thread of its own beside the emitting of types
 * was measured: no faster cold, slower warm.)
 */
final class CompiledPatterns {
    private final List<PatternTable.Accessor> accessors;
    private Map<String, String> results;

    CompiledPatterns(List<PatternTable.Accessor> accessors) {
        this.accessors = List.copyOf(accessors);
    }

    /** Whether the patterns were compiled. */
    synchronized boolean compiled() {
        return results != null;
    }

    /**
     * The automaton an accessor's pattern compiled to, encoded for the generated runtime, or null when
     * java.util.regex checks it. The first call compiles every pattern of the table.
     */
    synchronized String automaton(PatternTable.Accessor accessor) {
        if (results == null) {
            results = compileAll();
        }
        return results.get(accessor.method());
    }

    /** Accessor name -> encoded automaton, for the patterns that compile to one. */
    private Map<String, String> compileAll() {
        Map<String, String> automata = new ConcurrentHashMap<>();
        accessors.parallelStream().forEach(a -> {
            String encoded = PatternAutomata.compile(a.pattern(), a.maxLength()).encoded();
            if (encoded != null) {
                automata.put(a.method(), encoded);
            }
        });
        return Map.copyOf(automata);
    }
}
