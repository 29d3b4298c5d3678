package dev.shapegen.diff.severity;

/**
 * What a change means for users of the generated Java code. Declared from the most severe to the least: reports list
 * changes in this order.
 */
public enum DiffSeverity {
    /** Code that compiled or worked before may not now. */
    BREAKING,
    /** Old code keeps working; new things are available. */
    COMPATIBLE,
    /** Nothing changes for code: documentation only. */
    INFO;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
