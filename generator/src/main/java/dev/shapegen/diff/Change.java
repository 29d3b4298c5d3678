package dev.shapegen.diff;

/**
 * One difference between two models.
 *
 * @param kind what changed
 * @param path where, in model names: {@code Shape}, {@code Shape.Member}, {@code Shape.min}, {@code op:Operation}
 * @param shape the shape concerned, or null for operations
 * @param member the member concerned, or null
 * @param before the old value (a type, a bound, an enum value...), or null
 * @param after the new value, or null
 * @param tightened for constraint changes: whether fewer values are accepted now
 * @param usedInInput whether the shape is part of some operation's input in the new (or, if removed, old) model
 * @param note why the change is what it is, where the spec alone does not show it (an enum generated as
 *     {@code String}), or null
 */
public record Change(
        ChangeKind kind, String path, String shape, String member, String before, String after, boolean tightened,
        boolean usedInInput, String note) {

    /** A change that needs no note. */
    public Change(ChangeKind kind, String path, String shape, String member, String before, String after,
            boolean tightened, boolean usedInInput) {
        this(kind, path, shape, member, before, after, tightened, usedInInput, null);
    }

    /** One line for people. */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.wireName()).append(' ').append(path);
        if (before != null || after != null) {
            sb.append(": ").append(before == null ? "-" : before).append(" -> ").append(after == null ? "-" : after);
        }
        if (note != null) {
            sb.append(" (").append(note).append(')');
        }
        return sb.toString();
    }
}
