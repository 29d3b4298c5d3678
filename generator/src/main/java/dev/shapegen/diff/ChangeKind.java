package dev.shapegen.diff;

/** What kind of change one {@link Change} is. */
public enum ChangeKind {
    OPERATION_ADDED,
    OPERATION_REMOVED,
    /** An operation's input, output or errors now name other shapes. */
    OPERATION_CHANGED,
    SHAPE_ADDED,
    SHAPE_REMOVED,
    MEMBER_ADDED,
    MEMBER_REMOVED,
    ENUM_VALUE_ADDED,
    ENUM_VALUE_REMOVED,
    /** A shape's type changed, or a member now refers to a shape of another type. */
    TYPE_CHANGED,
    /** A member became required. */
    REQUIRED_ADDED,
    /** A member is no longer required. */
    REQUIRED_REMOVED,
    /**
     * min, max, pattern or the list of values of a string that is String in Java (an enum too large for a class)
     * changed; {@link Change#tightened()} tells the direction.
     */
    CONSTRAINT_CHANGED,
    DOCUMENTATION_CHANGED;

    /** The name used in the JSON report, such as {@code enum-value-added}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
