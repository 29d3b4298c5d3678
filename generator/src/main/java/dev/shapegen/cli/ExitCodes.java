package dev.shapegen.cli;

/** Exit codes of the command line, stable for scripts. */
final class ExitCodes {
    static final int OK = 0;
    /** The spec (or the request) has errors; each was printed as one line. */
    static final int SPEC_ERRORS = 1;
    /** Wrong command-line usage (picocli's own code). */
    static final int USAGE = 2;
    /** Reading or writing files failed. */
    static final int IO = 3;
    /** A bug in shapegen, or too small a heap (the message says which). */
    static final int INTERNAL = 70;
    /** The JVM that started this one (see {@link BatchJvm}) was killed, so this one stopped too, as if killed. */
    static final int PARENT_KILLED = 137;

    private ExitCodes() {}
}
