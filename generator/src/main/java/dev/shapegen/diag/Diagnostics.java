package dev.shapegen.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics during one run, so that every problem is reported at once. Not thread-safe: one per run. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(String id, SourceLocation location, String message) {
        add(Diagnostic.error(id, location, message));
    }

    public void warning(String id, SourceLocation location, String message) {
        add(Diagnostic.warning(id, location, message));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }
}
