package dev.shapegen.diag;

import java.util.List;

/**
 * Thrown when a spec has errors. Carries every diagnostic found (errors and warnings), so callers can print them
 * all; it is an expected outcome for bad input, not a crash.
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public SpecException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder().append(errors).append(errors == 1 ? " error" : " errors")
                .append(" in the spec");
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                sb.append(System.lineSeparator()).append(d.render());
            }
        }
        return sb.toString();
    }
}
