package dev.shapegen.diff;

import dev.shapegen.model.Member;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import dev.shapegen.resolve.JvmLimits;
import dev.shapegen.resolve.Payloads;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.resolve.Resolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every difference between two models, additions and removals alike, in a stable order: operations in model order,
 * then shapes in model order (old model's order for removals).
 */
public final class ModelDiff {
    private final ServiceModel before;
    private final ServiceModel after;
    private final Set<String> inputsBefore;
    private final Set<String> inputsAfter;
    private final List<Change> changes = new ArrayList<>();

    private ModelDiff(ServiceModel before, ServiceModel after) {
        this.before = before;
        this.after = after;
        this.inputsBefore = inputShapes(before);
        this.inputsAfter = inputShapes(after);
    }

    public static List<Change> compare(ServiceModel before, ServiceModel after) {
        ModelDiff d = new ModelDiff(before, after);
        d.operations();
        d.shapes();
        return List.copyOf(d.changes);
    }

    private void operations() {
        for (Operation op : after.operations().values()) {
            Operation old = before.operations().get(op.name());
            String path = "op:" + op.name();
            if (old == null) {
                add(ChangeKind.OPERATION_ADDED, path, null, null, null, op.name(), false, false);
                continue;
            }
            for (String[] role : new String[][] {{"input", old.input(), op.input()}, {"output", old.output(),
                    op.output()}}) {
                if (!Objects.equals(role[1], role[2])) {
                    add(ChangeKind.OPERATION_CHANGED, path + "." + role[0], null, null, role[1], role[2], false,
                            role[0].equals("input"));
                }
            }
            // The errors are a set: a new order is no change.
            if (!new HashSet<>(old.errors()).equals(new HashSet<>(op.errors()))) {
                add(ChangeKind.OPERATION_CHANGED, path + ".errors", null, null, String.join(",", old.errors()),
                        String.join(",", op.errors()), false, false);
            }
            docs(path, null, null, old.documentation(), op.documentation());
        }
        for (Operation op : before.operations().values()) {
            if (!after.operations().containsKey(op.name())) {
                add(ChangeKind.OPERATION_REMOVED, "op:" + op.name(), null, null, op.name(), null, false, false);
            }
        }
    }

    private void shapes() {
        for (Shape s : after.shapes().values()) {
            Shape old = before.shape(s.name());
            if (old == null) {
                add(ChangeKind.SHAPE_ADDED, s.name(), s.name(), null, null, s.type().wireName(), false, false);
            } else {
                shape(old, s);
            }
        }
        for (Shape s : before.shapes().values()) {
            if (after.shape(s.name()) == null) {
                add(ChangeKind.SHAPE_REMOVED, s.name(), s.name(), null, s.type().wireName(), null, false, false);
            }
        }
    }

    private void shape(Shape old, Shape s) {
        String name = s.name();
        if (!kind(old).equals(kind(s))) {
            String why = JvmLimits.notAnEnumClass(old);
            add(ChangeKind.TYPE_CHANGED, name, name, null, kind(old), kind(s), false, false,
                    why != null ? why : JvmLimits.notAnEnumClass(s));
            return;
        }
        constraints(name, name, null, old, s);
        Member wasPayload = Payloads.json(before, old);
        Member isPayload = Payloads.json(after, s);
        String was = wasPayload == null ? null : wasPayload.name();
        String is = isPayload == null ? null : isPayload.name();
        if (!Objects.equals(was, is)) {
            add(ChangeKind.TYPE_CHANGED, name + ".payload", name, null, was, is, false, false,
                    "a rest-json record whose payload holds JSON has that member's JSON as its own");
        }
        if (s.type() == ShapeType.STRING && old.isEnum() != s.isEnum()) {
            // Only an enum too large for a class meets a plain string here (both are String in Java): the list came
            // or went as a whole, a constraint on the value, not values one by one.
            valueList(name, name, null, old, s);
        } else if (s.type() == ShapeType.STRING) {
            for (String v : s.enumValues()) {
                if (!old.enumValues().contains(v)) {
                    add(ChangeKind.ENUM_VALUE_ADDED, name, name, null, null, v, false, false);
                }
            }
            for (String v : old.enumValues()) {
                if (!s.enumValues().contains(v)) {
                    add(ChangeKind.ENUM_VALUE_REMOVED, name, name, null, v, null, false, false);
                }
            }
        }
        if (s.type() == ShapeType.STRUCTURE) {
            members(old, s);
        }
        for (String[] child : new String[][] {{"member", ref(old.listMember()), ref(s.listMember())},
                {"key", ref(old.mapKey()), ref(s.mapKey())}, {"value", ref(old.mapValue()), ref(s.mapValue())}}) {
            if (child[1] != null && child[2] != null) {
                target(name + "." + child[0], name, child[0], child[1], child[2], child[0].equals("key"));
            }
        }
        docs(name, name, null, old.documentation(), s.documentation());
    }

    private void members(Shape old, Shape s) {
        String name = s.name();
        for (Member m : s.members().values()) {
            Member was = old.members().get(m.name());
            String path = name + "." + m.name();
            if (was == null) {
                add(ChangeKind.MEMBER_ADDED, path, name, m.name(), null, m.target(), false, false);
                if (s.required().contains(m.name())) {
                    add(ChangeKind.REQUIRED_ADDED, path, name, m.name(), null, "required", false, false);
                }
                continue;
            }
            target(path, name, m.name(), was.target(), m.target(), false);
            boolean req = s.required().contains(m.name());
            boolean wasReq = old.required().contains(m.name());
            if (req != wasReq) {
                add(req ? ChangeKind.REQUIRED_ADDED : ChangeKind.REQUIRED_REMOVED, path, name, m.name(),
                        wasReq ? "required" : "optional", req ? "required" : "optional", false, false);
            }
            docs(path, name, m.name(), was.documentation(), m.documentation());
        }
        for (Member m : old.members().values()) {
            if (!s.members().containsKey(m.name())) {
                add(ChangeKind.MEMBER_REMOVED, name + "." + m.name(), name, m.name(), m.target(), null, false, false);
            }
        }
    }

    /**
     * A reference that now names another shape: a type change when the Java type differs, else its constraints. A map
     * key is a String in Java whatever its shape, so only its constraints can change.
     */
    private void target(String path, String shape, String member, String oldTarget, String newTarget, boolean key) {
        if (oldTarget.equals(newTarget)) {
            return;
        }
        Shape o = before.shape(oldTarget);
        Shape n = after.shape(newTarget);
        if (o == null || n == null) {
            return;
        }
        String was = javaType(o, before, 0);
        String is = javaType(n, after, 0);
        if (!key && !was.equals(is)) {
            add(ChangeKind.TYPE_CHANGED, path, shape, member, was, is, false, false);
        } else {
            sameType(path, shape, member, o, n, key, 0, new HashSet<>());
        }
    }

    /**
     * Two shapes of the same Java type behind one reference: what the new one checks that the old did not, its
     * list of values included, and down through what lists and maps hold (their checks run in the holder's
     * validate(), so a shape reached only here still changes what the holder accepts). A map key is a String in Java
     * whose length and pattern alone are checked, so the walk compares only those and goes no further through it.
     * Each pair of shapes is compared once, at the first path that reaches it, and no deeper than generated types
     * nest.
     */
    private void sameType(String path, String shape, String member, Shape o, Shape n, boolean key, int depth,
            Set<List<Object>> seen) {
        if (depth > JvmLimits.MAX_TYPE_NESTING || !seen.add(List.of(key, o.name(), n.name()))) {
            return;
        }
        constraints(path, shape, member, o, n);
        if (key) {
            return;
        }
        if (n.type() == ShapeType.STRING && !new HashSet<>(o.enumValues()).equals(new HashSet<>(n.enumValues()))) {
            valueList(path, shape, member, o, n);
        }
        for (String[] child : new String[][] {{"member", ref(o.listMember()), ref(n.listMember())},
                {"key", ref(o.mapKey()), ref(n.mapKey())}, {"value", ref(o.mapValue()), ref(n.mapValue())}}) {
            if (child[1] != null && child[2] != null && !child[1].equals(child[2])
                    && before.shape(child[1]) != null && after.shape(child[2]) != null) {
                sameType(path + "." + child[0], shape, member, before.shape(child[1]), after.shape(child[2]),
                        child[0].equals("key"), depth + 1, seen);
            }
        }
    }

    private void constraints(String path, String shape, String member, Shape o, Shape n) {
        // A length or size is never negative: no min is a min of 0.
        boolean counted = switch (n.type()) {
            case STRING, LIST, MAP, BLOB -> true;
            default -> false;
        };
        bound(path + ".min", shape, member, o.min(), n.min(), true, counted ? BigDecimal.ZERO : null);
        bound(path + ".max", shape, member, o.max(), n.max(), false, null);
        if (!Objects.equals(o.pattern(), n.pattern())) {
            // A pattern that is new or different may reject values the old one took; a removed one never does, nor
            // one shown to find a match in every value the old one did, among values both length bounds let by (a
            // shorter max is a change of its own).
            long maxLength = Math.min(ResolvedModel.maxLength(o), ResolvedModel.maxLength(n));
            add(ChangeKind.CONSTRAINT_CHANGED, path + ".pattern", shape, member, o.pattern(), n.pattern(),
                    n.pattern() != null && !PatternChange.looser(o.pattern(), n.pattern(), maxLength), false);
        }
    }

    private void bound(String path, String shape, String member, BigDecimal o, BigDecimal n, boolean isMin,
            BigDecimal implied) {
        if (o == null ? n == null : n != null && o.compareTo(n) == 0) {
            return;
        }
        BigDecimal was = o != null ? o : implied;
        boolean tightened = n != null && (was == null || (isMin ? n.compareTo(was) > 0 : n.compareTo(was) < 0));
        add(ChangeKind.CONSTRAINT_CHANGED, path, shape, member, o == null ? null : o.toPlainString(),
                n == null ? null : n.toPlainString(), tightened, false);
    }

    private void docs(String path, String shape, String member, String o, String n) {
        if (!Objects.equals(o, n)) {
            add(ChangeKind.DOCUMENTATION_CHANGED, path + ".documentation", shape, member, null, null, false, false);
        }
    }

    private void add(ChangeKind kind, String path, String shape, String member, String was, String is,
            boolean tightened, boolean forceInput) {
        add(kind, path, shape, member, was, is, tightened, forceInput, null);
    }

    private void add(ChangeKind kind, String path, String shape, String member, String was, String is,
            boolean tightened, boolean forceInput, String note) {
        boolean input = forceInput || (shape != null && (inputsAfter.contains(shape) || (after.shape(shape) == null
                && inputsBefore.contains(shape))));
        changes.add(new Change(kind, path, shape, member, was, is, tightened, input, note));
    }

    /**
     * The type as the generated Java sees it: enums and structures by name, lists and maps by what they hold (so
     * {@code List<String>} to {@code List<Integer>} is a change), the rest by shape type; an enum too large for a class
     * is a string.
     */
    private String javaType(Shape s, ServiceModel model, int depth) {
        if (JvmLimits.isEnumClass(s) || s.type() == ShapeType.STRUCTURE) {
            return s.name();
        }
        if (depth <= JvmLimits.MAX_TYPE_NESTING && s.type() == ShapeType.LIST && s.listMember() != null
                && model.shape(s.listMember().target()) != null) {
            return "list<" + javaType(model.shape(s.listMember().target()), model, depth + 1) + ">";
        }
        if (depth <= JvmLimits.MAX_TYPE_NESTING && s.type() == ShapeType.MAP && s.mapValue() != null
                && model.shape(s.mapValue().target()) != null) {
            return "map<" + javaType(model.shape(s.mapValue().target()), model, depth + 1) + ">";
        }
        return s.type().wireName();
    }

    /** The kind of type generated: an enum too large for a class is a {@code String}, like a plain string. */
    private static String kind(Shape s) {
        if (JvmLimits.isEnumClass(s)) {
            return "enum";
        }
        if (s.type() == ShapeType.STRUCTURE) {
            return s.isUnion() ? "union" : s.isDocument() ? "document" : "structure";
        }
        return s.type().wireName();
    }

    /**
     * The list of values of a string that is String in Java (none, or an enum too large for a class) changed as a
     * whole: a constraint, tightened unless every old value is still in it.
     */
    private void valueList(String path, String shape, String member, Shape o, Shape n) {
        boolean tightened = n.isEnum() && !(o.isEnum() && n.enumValues().containsAll(o.enumValues()));
        String is = ValueLists.size(n);
        add(ChangeKind.CONSTRAINT_CHANGED, path + ".enum", shape, member, ValueLists.size(o),
                is == null ? null : is + ValueLists.delta(o, n), tightened, false);
    }

    private static String ref(Member m) {
        return m == null ? null : m.target();
    }

    /** Shapes reachable from any operation's input: where a tightened constraint may reject a request. */
    private static Set<String> inputShapes(ServiceModel model) {
        return Resolver.reachable(model, model.operations().values().stream().map(Operation::input)
                .filter(Objects::nonNull).toList());
    }
}
