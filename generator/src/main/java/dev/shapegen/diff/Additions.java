package dev.shapegen.diff;

import dev.shapegen.model.Member;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was added below one shape, as the changelog shows it: a dict of the changed member names; an existing
 * member's added enum values as a set; an added member as its type skeleton. Lists and maps on the way to a changed
 * member are passed through without brackets; brackets appear only in skeletons of added members.
 */
final class Additions {
    private static final Map<ShapeType, String> TYPE_NAMES = new LinkedHashMap<>();

    static {
        TYPE_NAMES.put(ShapeType.INTEGER, "integer");
        TYPE_NAMES.put(ShapeType.SHORT, "integer");
        TYPE_NAMES.put(ShapeType.BYTE, "integer");
        TYPE_NAMES.put(ShapeType.LONG, "long");
        TYPE_NAMES.put(ShapeType.FLOAT, "float");
        TYPE_NAMES.put(ShapeType.DOUBLE, "double");
        TYPE_NAMES.put(ShapeType.BOOLEAN, "boolean");
        TYPE_NAMES.put(ShapeType.TIMESTAMP, "timestamp");
        TYPE_NAMES.put(ShapeType.BLOB, "blob");
    }

    private final ServiceModel before;
    private final ServiceModel after;

    Additions(ServiceModel before, ServiceModel after) {
        this.before = before;
        this.after = after;
    }

    /** The additions below a shape that exists in both models, or null when nothing was added. */
    PyValue of(String shapeName) {
        Shape o = before.shape(shapeName);
        Shape n = after.shape(shapeName);
        return o == null || n == null ? null : compare(o, n, new HashSet<>(), new HashSet<>());
    }

    /**
     * Compares a shape in both models. {@code path} holds the (old, new) pairs being compared, so recursion ends;
     * {@code enclosing} the new shapes around this point, which an added member's skeleton shows as {@code ()}.
     */
    private PyValue compare(Shape o, Shape n, Set<String> path, Set<String> enclosing) {
        String key = o.name() + "\u0000" + n.name();
        if (!path.add(key)) {
            return null;
        }
        boolean entered = enclosing.add(n.name());
        try {
            return switch (n.type()) {
                case STRUCTURE -> o.type() == ShapeType.STRUCTURE ? structure(o, n, path, enclosing) : null;
                case STRING -> enumValues(o, n);
                case LIST -> o.type() == ShapeType.LIST && o.listMember() != null && n.listMember() != null
                        ? compare(before.shape(o.listMember().target()), after.shape(n.listMember().target()), path,
                                enclosing)
                        : null;
                case MAP -> o.type() == ShapeType.MAP && o.mapValue() != null && n.mapValue() != null
                        ? compare(before.shape(o.mapValue().target()), after.shape(n.mapValue().target()), path,
                                enclosing)
                        : null;
                default -> null;
            };
        } finally {
            path.remove(key);
            if (entered) {
                enclosing.remove(n.name());
            }
        }
    }

    private PyValue structure(Shape o, Shape n, Set<String> path, Set<String> enclosing) {
        List<PyValue.Entry> entries = new ArrayList<>();
        for (Member m : n.members().values()) {
            Member was = o.members().get(m.name());
            PyValue v;
            if (was == null) {
                v = skeleton(after.shape(m.target()), new HashSet<>(enclosing));
            } else {
                Shape ot = before.shape(was.target());
                Shape nt = after.shape(m.target());
                v = ot == null || nt == null ? null : compare(ot, nt, path, enclosing);
            }
            if (v != null) {
                entries.add(new PyValue.Entry(PyValue.str(m.name()), v));
            }
        }
        return entries.isEmpty() ? null : new PyValue.Dict(entries);
    }

    private static PyValue enumValues(Shape o, Shape n) {
        if (o.type() != ShapeType.STRING) {
            return null;
        }
        List<String> added = new ArrayList<>();
        for (String v : n.enumValues()) {
            if (!o.enumValues().contains(v)) {
                added.add(v);
            }
        }
        return added.isEmpty() ? null : PyValue.set(added);
    }

    /**
     * The type skeleton of a value of this shape; a shape already on the current path (including the shapes that
     * enclose the added member) is {@code ()}.
     */
    PyValue skeleton(Shape s, Set<String> path) {
        if (!path.add(s.name())) {
            return PyValue.emptyTuple();
        }
        try {
            return switch (s.type()) {
                case STRUCTURE -> {
                    List<PyValue.Entry> entries = new ArrayList<>();
                    for (Member m : s.members().values()) {
                        entries.add(new PyValue.Entry(PyValue.str(m.name()), skeleton(after.shape(m.target()), path)));
                    }
                    yield new PyValue.Dict(entries);
                }
                case LIST -> PyValue.list(skeleton(after.shape(s.listMember().target()), path));
                case MAP -> PyValue.dict(new PyValue.Entry(skeleton(after.shape(s.mapKey().target()), path),
                        skeleton(after.shape(s.mapValue().target()), path)));
                case STRING -> PyValue.str(s.isEnum() ? String.join(" | ", s.enumValues()) : "string");
                default -> PyValue.str(TYPE_NAMES.getOrDefault(s.type(), s.type().wireName()));
            };
        } finally {
            path.remove(s.name());
        }
    }
}
