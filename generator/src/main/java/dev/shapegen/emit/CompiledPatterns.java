package dev.shapegen.emit;

import dev.shapegen.resolve.regex.PatternAutomata;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The automata of a run's {@link PatternTable} accessors, each pattern (with its length bound) compiled once.
 * Compiling hundreds of patterns is a large part of a run, and only the pattern holders, emitted after every type,
 * need the results; so the generator starts it ({@link #start()}) before the types are emitted, and it runs beside
 * them. Each automaton depends on its pattern and bound alone, so the results do not depend on scheduling.
 */
final class CompiledPatterns {
    private final List<PatternTable.Accessor> accessors;
    private CompletableFuture<Map<String, String>> results;

    CompiledPatterns(List<PatternTable.Accessor> accessors) {
        this.accessors = List.copyOf(accessors);
    }

    /** Starts compiling on a thread of its own, unless started already; returns at once. */
    synchronized void start() {
        if (results != null) {
            return;
        }
        if (accessors.isEmpty()) {
            results = CompletableFuture.completedFuture(Map.of());
            return;
        }
        CompletableFuture<Map<String, String>> future = new CompletableFuture<>();
        // A thread rather than a task of the common pool: on two cores the pool has a single worker, which the
        // emitting of types needs. The thread's parallel stream still spreads the patterns over idle workers.
        Thread thread = new Thread(() -> {
            try {
                future.complete(compileAll());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "shapegen-patterns");
        // A daemon, so that a program embedding the generator can end while a failed run's compiling goes on.
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (OutOfMemoryError | RuntimeException noThread) {
            return; // no thread to spare: compiled when asked, by the thread that asks
        }
        results = future;
    }

    /** Whether the results exist or are being computed. */
    synchronized boolean started() {
        return results != null;
    }

    /**
     * The automaton an accessor's pattern compiled to, encoded for the generated runtime, or null when
     * java.util.regex checks it. Waits for the compiling; compiles here if it never started.
     *
     * @throws IllegalStateException when compiling failed with an exception (an error, such as running out of
     *     memory, is thrown as it is)
     */
    String automaton(PatternTable.Accessor accessor) {
        try {
            return results().join().get(accessor.method());
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("compiling the patterns failed: " + e.getCause(), e.getCause());
        }
    }

    private synchronized CompletableFuture<Map<String, String>> results() {
        if (results == null) {
            CompletableFuture<Map<String, String>> here = new CompletableFuture<>();
            try {
                here.complete(compileAll());
            } catch (RuntimeException | Error e) {
                here.completeExceptionally(e);
            }
            results = here;
        }
        return results;
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
