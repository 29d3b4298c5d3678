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
 * The generated runtime's {@code Regex}, compiled from its template and loaded once, so tests run the automaton
 * exactly as generated code does.
 */
public final class RuntimeRegex {
    private static final MethodHandle AUTOMATON;
    private static final MethodHandle FOUND;

    static {
        try {
            GeneratedFile regex = RuntimeEmitter.emit("t.runtime").stream()
                    .filter(f -> f.path().endsWith("/Regex.java")).findFirst().orElseThrow();
            CompiledCode code = CompiledCode.compile(List.of(regex), Files.createTempDirectory("runtime-regex"));
            Class<?> type = code.load("t.runtime.Regex");
            AUTOMATON = MethodHandles.publicLookup().findStatic(type, "automaton",
                    MethodType.methodType(type, String.class, String.class));
            Method found = type.getDeclaredMethod("found", String.class);
            found.setAccessible(true);
            FOUND = MethodHandles.lookup().unreflect(found);
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

    public boolean found(String value) {
        try {
            return (boolean) FOUND.invoke(regex, value);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
