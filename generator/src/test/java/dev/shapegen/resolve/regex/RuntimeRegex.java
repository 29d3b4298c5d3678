package dev.shapegen.resolve.regex;

import dev.shapegen.emit.RuntimeEmitter;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;

/**
 * The generated runtime's {@code Regex} and its budgeted java.util.regex search, compiled from their templates and
 * loaded once, so tests run the automaton and the search exactly as generated code does.
 */
public final class RuntimeRegex {
    private static final MethodHandle AUTOMATON;
    private static final MethodHandle FOUND;
    private static final MethodHandle BACKTRACKING;
    private static final MethodHandle NEW_SEARCH;
    private static final MethodHandle PROBLEM;

    static {
        try {
            List<GeneratedFile> runtime = RuntimeEmitter.emit("t.runtime");
            CompiledCode code = CompiledCode.compile(runtime, Files.createTempDirectory("runtime-regex"));
            Class<?> type = code.load("t.runtime.Regex");
            AUTOMATON = MethodHandles.publicLookup().findStatic(type, "automaton",
                    MethodType.methodType(type, String.class, String.class));
            BACKTRACKING = MethodHandles.publicLookup().findStatic(type, "backtracking",
                    MethodType.methodType(type, String.class));
            Method found = type.getDeclaredMethod("found", String.class);
            found.setAccessible(true);
            FOUND = MethodHandles.lookup().unreflect(found);
            Class<?> search = code.load("t.runtime.PatternSearch");
            var constructor = search.getDeclaredConstructor();
            constructor.setAccessible(true);
            NEW_SEARCH = MethodHandles.lookup().unreflectConstructor(constructor);
            Method problem = search.getDeclaredMethod("problem", type, String.class);
            problem.setAccessible(true);
            PROBLEM = MethodHandles.lookup().unreflect(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Object regex;

    private RuntimeRegex(Object regex) {
        this.regex = regex;
    }

    /** The runtime's automaton for the pattern, or null when the pattern keeps java.util.regex. */
    public static RuntimeRegex of(String pattern) {
        return of(pattern, PatternAutomata.NO_MAX);
    }

    /** The runtime's automaton for the pattern on values of at most {@code maxLength} code points, or null. */
    public static RuntimeRegex of(String pattern, long maxLength) {
        return of(pattern, PatternAutomata.compile(pattern, maxLength).encoded());
    }

    /** The runtime's automaton that searches backwards from the end anchor, or null when there is none. */
    public static RuntimeRegex backward(String pattern) {
        return of(pattern, PatternAutomata.compile(pattern, PatternAutomata.NO_MAX, true).encoded());
    }

    private static RuntimeRegex of(String pattern, String encoded) {
        if (encoded == null) {
            return null;
        }
        try {
            return new RuntimeRegex(AUTOMATON.invoke(pattern, encoded));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the generated validation says of a value for a pattern it checks with java.util.regex, within the
     * runtime's step budget: null when the value contains a match, else the problem (no match, or a search that could
     * not finish).
     */
    public static String backtrackingProblem(String pattern, String value) {
        try {
            return (String) PROBLEM.invoke(NEW_SEARCH.invoke(), BACKTRACKING.invoke(pattern), value);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean found(String value) {
        try {
            return (boolean) FOUND.invoke(regex, value);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
