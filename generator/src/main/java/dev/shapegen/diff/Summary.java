package dev.shapegen.diff;

import dev.shapegen.resolve.JvmLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line summary under the header. Changelogs have a sentence written by a person there; this is the closest
 * a tool can say from the models alone: what kinds of things were added and removed.
 */
final class Summary {
    private Summary() {}

    static String of(List<Change> changes) {
        List<String> parts = new ArrayList<>();
        List<String> values = changes.stream().filter(c -> c.kind() == ChangeKind.ENUM_VALUE_ADDED)
                .map(c -> c.after() + " to " + c.shape()).toList();
        if (!values.isEmpty()) {
            parts.add("Added " + String.join(", ", values.subList(0, Math.min(3, values.size())))
                    + (values.size() > 3 ? " and " + counted(values.size() - 3, "more enum value") : ""));
        }
        count(changes, ChangeKind.OPERATION_ADDED, "new operation", parts);
        count(changes, ChangeKind.MEMBER_ADDED, "new member", parts);
        count(changes, ChangeKind.SHAPE_ADDED, "new shape", parts);
        long removed = changes.stream().filter(c -> c.kind().name().endsWith("_REMOVED")).count();
        if (removed > 0) {
            parts.add(counted(removed, "removal"));
        }
        if (parts.isEmpty()) {
            // Nothing added or removed: say what else changed, so that a tightened constraint or a changed type does
            // not read as documentation.
            count(changes, ChangeKind.TYPE_CHANGED, "type change", parts);
            count(changes, ChangeKind.CONSTRAINT_CHANGED, "constraint change", parts);
            count(changes, ChangeKind.OPERATION_CHANGED, "changed operation", parts);
            long required = changes.stream().filter(c -> c.kind() == ChangeKind.REQUIRED_ADDED
                    || c.kind() == ChangeKind.REQUIRED_REMOVED).count();
            if (required > 0) {
                parts.add(counted(required, "requiredness change"));
            }
        }
        return !parts.isEmpty() ? String.join("; ", parts) : changes.isEmpty() ? "No changes" : "Documentation updates";
    }

    private static void count(List<Change> changes, ChangeKind kind, String label, List<String> parts) {
        long n = changes.stream().filter(c -> c.kind() == kind).count();
        if (n > 0) {
            parts.add(counted(n, label));
        }
    }

    /** "1 removal", "2 removals". */
    private static String counted(long n, String one) {
        return JvmLimits.count(Math.toIntExact(n)) + " " + one + (n == 1 ? "" : "s");
    }
}
