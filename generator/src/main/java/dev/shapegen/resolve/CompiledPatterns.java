package dev.shapegen.resolve;

import dev.shapegen.model.Shape;
import dev.shapegen.resolve.regex.PatternAutomata;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checked patterns of a model compiled to deterministic automata, each distinct pattern (for each length bound)
 * once. Compiling is the costliest step between parsing and emitting (SageMaker has hundreds of patterns), and only
 * the pattern holders, emitted last, read its results; so it starts when the generator asks ({@link #start()}, just
 * after resolution) and runs beside naming and the emitting of types. Callers that only check a model (the diff, the
 * breaking-change guard) never start it. Each automaton depends on its pattern and bound alone, so the results do
 * not depend on scheduling.
 */
public final class CompiledPatterns {
    /** Pattern key -> a shape with that pattern and bound. */
    private final Map<String, Shape> byKey;
    private CompletableFuture<Map<String, String>> results;

    CompiledPatterns(Map<String, Shape> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** Starts compiling in the background, unless started already; returns at once. */
    public synchronized void start() {
        if (results != null) {
            return;
        }
        CompletableFuture<Map<String, String>> future = new CompletableFuture<>();
        // A thread of its own rather than a task of the common pool: on two cores the pool has one worker, which
        // the emitting of types needs. Its parallel stream still spreads the patterns over the pool's workers.
        Thread thread = new Thread(() -> {
            try {
                future.complete(compileAll());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "shapegen-patterns");
        thread.setDaemon(true); // a run that fails after starting it must not wait for it to exit
        results = future;
        thread.start();
    }

    /** Whether {@link #start()} was called. */
    synchronized boolean started() {
        return results != null;
    }

    /**
     * The automaton a pattern key's pattern compiled to, encoded for the generated runtime, or null when
     * java.util.regex checks it. Waits for the compiling, starting it if need be.
     */
    public String automaton(String key) {
        start();
        CompletableFuture<Map<String, String>> future;
        synchronized (this) {
            future = results;
        }
        try {
            return future.join().get(key);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private Map<String, String> compileAll() {
        Map<String, String> automata = new ConcurrentHashMap<>();
        byKey.entrySet().parallelStream().forEach(e -> {
            String encoded = PatternAutomata.compile(e.getValue().pattern(),
                    ResolvedModel.maxLength(e.getValue())).encoded();
            if (encoded != null) {
                automata.put(e.getKey(), encoded);
            }
        });
        return Map.copyOf(automata);
    }
}
