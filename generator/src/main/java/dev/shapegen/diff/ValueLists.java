package dev.shapegen.diff;

import dev.shapegen.model.Shape;
import dev.shapegen.resolve.JvmLimits;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How a change of a string's list of values reads: its size, and the first few values that went and came. */
final class ValueLists {
    private ValueLists() {}

    /** Which values one list of values has that the other has not, the first few of each, when both have a list. */
    static String delta(Shape o, Shape n) {
        if (!o.isEnum() || !n.isEnum()) {
            return "";
        }
        Set<String> was = new HashSet<>(o.enumValues());
        Set<String> is = new HashSet<>(n.enumValues());
        List<String> removed = o.enumValues().stream().filter(v -> !is.contains(v)).toList();
        List<String> added = n.enumValues().stream().filter(v -> !was.contains(v)).toList();
        return (removed.isEmpty() ? "" : "; removed " + firstFew(removed))
                + (added.isEmpty() ? "" : "; added " + firstFew(added));
    }

    private static String firstFew(List<String> values) {
        return String.join(", ", values.subList(0, Math.min(3, values.size())))
                + (values.size() > 3 ? " and " + JvmLimits.count(values.size() - 3) + " more" : "");
    }

    /** The list's size, or null for a string without one. */
    static String size(Shape s) {
        return s.isEnum() ? JvmLimits.count(s.enumValues().size()) + " values" : null;
    }
}
