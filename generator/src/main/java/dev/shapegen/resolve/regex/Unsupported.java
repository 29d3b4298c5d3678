package dev.shapegen.resolve.regex;

/** A pattern this package cannot compile to an automaton that finds exactly what java.util.regex finds. */
final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
        super(reason, null, false, false);
    }
}
