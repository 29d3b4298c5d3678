package dev.shapegen.resolve;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.model.Member;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import dev.shapegen.parse.Pointers;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a parsed model once (references, constraints, enums, unions) and computes the selected closure. Every
 * problem becomes a diagnostic; the caller fails once with all of them.
 */
public final class Resolver {
    private final ServiceModel model;
    private final Diagnostics diagnostics;
    private final Set<String> vacuousPatterns = new java.util.HashSet<>();
    private Nesting nesting;

    private Resolver(ServiceModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks the model and selects what to generate: everything when both lists are empty, else the closure of the
     * named shapes and of the named operations' input, output and error shapes.
     */
    public static ResolvedModel resolve(ServiceModel model, List<String> shapes, List<String> operations,
            Diagnostics diagnostics) {
        Resolver r = new Resolver(model, diagnostics);
        model.shapes().values().forEach(r::checkShape);
        model.operations().values().forEach(r::checkOperation);
        Set<String> selected = r.select(shapes, operations);
        selected.forEach(name -> r.approximations(model.shape(name)));
        return new ResolvedModel(model, selected, r.vacuousPatterns);
    }

    /** Constructs that plain records cannot represent faithfully: generate the closest thing, and say so. */
    private void approximations(Shape shape) {
        String ptr = Pointers.shape(shape.name());
        if (shape.type() == ShapeType.BLOB && shape.has(dev.shapegen.model.ShapeFlag.STREAMING)) {
            diagnostics.warning("approx.streaming-blob", SourceLocation.at(ptr, shape.name(), null),
                    "blob " + shape.name() + " is a stream on the wire; it is generated as an in-memory Blob, so "
                            + "the whole body must fit in memory");
        }
        List<String> bound = shape.members().values().stream().filter(m -> m.location() != null)
                .map(m -> m.name() + " (" + m.location() + ")").toList();
        Member payload = Payloads.member(model, shape);
        boolean jsonPayload = Payloads.json(model, shape) != null;
        if (jsonPayload) {
            // Every other member is left out of the JSON; one that is not bound to HTTP is lost with it.
            List<String> others = shape.members().values().stream().filter(m -> m != payload)
                    .map(m -> m.name() + " (" + (m.location() != null ? m.location() : "body, beside the payload")
                            + ")").toList();
            if (!others.isEmpty()) {
                diagnostics.warning("approx.http-binding", SourceLocation.at(ptr, shape.name(), null),
                        "members " + String.join(", ", others) + " of " + shape.name() + " are not in its HTTP "
                                + "body, which is member " + payload.name() + " alone (its payload): the generated "
                                + "record's JSON is the JSON of " + payload.name() + ", without them");
            }
        } else if (!bound.isEmpty()) {
            diagnostics.warning("approx.http-binding", SourceLocation.at(ptr, shape.name(), null),
                    "members " + String.join(", ", bound) + " of " + shape.name() + " travel in the HTTP request "
                            + "line or headers, not in the body; the generated record reads and writes them as JSON "
                            + "properties named after the members (where a body member already has that property, "
                            + "after their locationName: see name.wire-conflict)");
        }
        if (payload != null && !jsonPayload && model.shape(payload.target()).type() != ShapeType.STRUCTURE) {
            diagnostics.warning("approx.raw-payload", SourceLocation.at(ptr + "/payload", shape.name(), null),
                    "member " + payload.name() + " of " + shape.name() + " is the whole HTTP body, as raw "
                            + model.shape(payload.target()).type().wireName() + " rather than JSON (its payload); the "
                            + "generated record reads and writes it as a JSON property named after the member, so "
                            + "set it from the body's content instead of reading the body as JSON");
        }
        if (shape.type() == ShapeType.STRUCTURE && shape.has(dev.shapegen.model.ShapeFlag.EVENT_STREAM)) {
            diagnostics.warning("approx.event-stream", SourceLocation.at(ptr, shape.name(), null),
                    "event stream " + shape.name() + " is generated as a union of its events: it reads and writes "
                            + "one event as JSON; the framing of the stream itself is not handled");
        }
    }

    private void checkShape(Shape shape) {
        String ptr = Pointers.shape(shape.name());
        switch (shape.type()) {
            case STRUCTURE -> checkStructure(shape, ptr);
            case LIST -> {
                requireChild(shape, shape.listMember(), "member", ptr);
                checkNesting(shape, ptr);
            }
            case MAP -> {
                requireChild(shape, shape.mapKey(), "key", ptr);
                requireChild(shape, shape.mapValue(), "value", ptr);
                checkNesting(shape, ptr);
            }
            case STRING -> checkString(shape, ptr);
            default -> { }
        }
        if (shape.min() != null && shape.max() != null && shape.min().compareTo(shape.max()) > 0) {
            diagnostics.error("constraint.min-max", SourceLocation.at(ptr + "/min", shape.name(), null),
                    "min " + shape.min().toPlainString() + " is greater than max " + shape.max().toPlainString()
                            + "; no value could satisfy both");
        }
        if (shape.timestampFormat() != null && TimestampFormat.fromWireName(shape.timestampFormat()) == null) {
            diagnostics.warning("timestamp.format", SourceLocation.at(ptr + "/timestampFormat", shape.name(), null),
                    "unknown timestampFormat \"" + shape.timestampFormat()
                            + "\" (known: unixTimestamp, iso8601, rfc822); using the protocol's default");
        }
    }

    private void checkStructure(Shape shape, String ptr) {
        for (Member m : shape.members().values()) {
            checkRef(m.target(), Pointers.member(shape.name(), m.name()) + "/shape", shape.name(), m.name());
            if (m.timestampFormat() != null && TimestampFormat.fromWireName(m.timestampFormat()) == null) {
                diagnostics.warning("timestamp.format", SourceLocation.at(Pointers.member(shape.name(), m.name())
                        + "/timestampFormat", shape.name(), m.name()), "unknown timestampFormat \""
                        + m.timestampFormat() + "\" (known: unixTimestamp, iso8601, rfc822); using the shape's or "
                        + "the protocol's default");
            }
        }
        for (String req : shape.required()) {
            if (!shape.members().containsKey(req)) {
                diagnostics.error("required.unknown-member", SourceLocation.at(ptr + "/required", shape.name(), req),
                        "\"required\" names " + req + ", which is not a member of " + shape.name() + (shape.members()
                                .isEmpty() ? ", which has no members; remove it from \"required\" or add the member"
                                : "; members are: " + String.join(", ", shape.members().keySet())));
            }
        }
        if (shape.payload() != null && !shape.members().containsKey(shape.payload())) {
            diagnostics.error("payload.unknown-member", SourceLocation.at(ptr + "/payload", shape.name(), null),
                    "\"payload\" names " + shape.payload() + ", which is not a member of " + shape.name()
                            + (shape.members().isEmpty() ? ", which has no members; remove \"payload\" or add the "
                                    + "member" : "; members are: " + String.join(", ", shape.members().keySet())));
        }
        if (shape.isUnion() && shape.members().isEmpty()) {
            diagnostics.error("union.empty", SourceLocation.at(ptr, shape.name(), null),
                    "union " + shape.name() + " has no members; a union needs at least one member to choose from");
        }
    }

    private void checkString(Shape shape, String ptr) {
        if (shape.pattern() != null) {
            try {
                if (Patterns.isVacuous(Pattern.compile(shape.pattern()))) {
                    vacuousPatterns.add(shape.pattern());
                }
            } catch (PatternSyntaxException e) {
                diagnostics.error("constraint.pattern", SourceLocation.at(ptr + "/pattern", shape.name(), null),
                        "pattern is not a valid regular expression: " + e.getDescription() + " near index "
                                + e.getIndex() + " of " + shape.pattern());
            }
        }
        List<String> values = shape.enumValues();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer first = firstIndex.putIfAbsent(values.get(i), i);
            if (first != null) {
                diagnostics.error("enum.duplicate", SourceLocation.at(ptr + "/enum/" + i, shape.name(), null),
                        "enum value \"" + values.get(i) + "\" is listed twice in " + shape.name() + " (first at index "
                                + first + "); remove one of them");
            }
        }
    }

    private void requireChild(Shape shape, Member child, String key, String ptr) {
        if (child == null) {
            diagnostics.error("shape." + shape.type().wireName() + "-" + key,
                    SourceLocation.at(ptr, shape.name(), null), "a " + shape.type().wireName() + " needs a \"" + key
                            + "\", like \"" + key + "\": {\"shape\": \"String\"}");
        } else {
            checkRef(child.target(), ptr + "/" + key + "/shape", shape.name(), key);
        }
    }

    /**
     * A list or map that holds itself through lists and maps alone has no Java type ({@code List<List<...>>} never
     * ends); recursion needs a structure in between.
     */
    private void checkNesting(Shape shape, String ptr) {
        if (nesting == null) {
            nesting = new Nesting(model);
        }
        String key = shape.type() == ShapeType.LIST ? "member" : "value";
        SourceLocation at = SourceLocation.at(ptr + "/" + key + "/shape", shape.name(), key);
        int loop = nesting.loopLength(shape);
        int depth = nesting.depth(shape);
        if (loop > 0) {
            String path = loop <= 20 ? nesting.path(shape, loop)
                    : nesting.path(shape, 10) + " -> ... (" + loop + " shapes) -> " + shape.name();
            diagnostics.error("shape.holds-itself", at, shape.type().wireName() + " " + shape.name()
                    + " holds itself through lists and maps only (" + path + "), which no Java type can express; "
                    + "put a structure in between, or point the " + key + " at another shape");
        } else if (depth == JvmLimits.MAX_TYPE_NESTING + 1) {
            // Reported where the nesting first goes past the limit, not at every shape around it.
            diagnostics.error("shape.too-deep", at, shape.type().wireName() + " " + shape.name() + " nests lists "
                    + "and maps " + depth + " levels deep (" + nesting.path(shape, 3) + " -> ...); generated types "
                    + "nest at most " + JvmLimits.MAX_TYPE_NESTING + ", since javac runs out of stack on types "
                    + "nested much deeper (at about 170 levels with its default stack). Put a structure in between");
        }
    }

    private void checkOperation(Operation op) {
        String ptr = Pointers.operation(op.name());
        checkOperationRef(op, op.input(), ptr + "/input/shape", "input");
        checkOperationRef(op, op.output(), ptr + "/output/shape", "output");
        for (int i = 0; i < op.errors().size(); i++) {
            checkOperationRef(op, op.errors().get(i), ptr + "/errors/" + i + "/shape", "error");
        }
    }

    private void checkOperationRef(Operation op, String target, String ptr, String role) {
        if (target != null && model.shape(target) == null) {
            if (!model.unreadable(target)) {
                diagnostics.error("operation.missing-shape", SourceLocation.at(ptr, null, null),
                        "operation " + op.name() + " names " + role + " shape " + target + ", which does not exist"
                                + nextStep(target));
            }
        } else if (target != null && model.shape(target).type() != ShapeType.STRUCTURE) {
            diagnostics.error("operation.not-structure", SourceLocation.at(ptr, null, null),
                    "operation " + op.name() + " names " + role + " shape " + target + ", which is a "
                            + model.shape(target).type().wireName() + "; it must be a structure");
        }
    }

    private void checkRef(String target, String ptr, String shape, String member) {
        if (model.shape(target) == null && !model.unreadable(target)) {
            diagnostics.error("ref.missing-shape", SourceLocation.at(ptr, shape, member),
                    "refers to shape " + target + ", which does not exist" + nextStep(target));
        }
    }

    private String nextStep(String target) {
        String close = Suggestions.didYouMean(target, model.shapes().keySet());
        return close.isEmpty() ? "; add it to \"shapes\" or refer to a shape that is there" : close;
    }

    /** A name of the spec's to show in a message: its first, or a placeholder when it has none. */
    private static String example(Set<String> names) {
        return names.isEmpty() ? "Name" : names.iterator().next();
    }

    private Set<String> select(List<String> shapes, List<String> operations) {
        if (shapes.isEmpty() && operations.isEmpty()) {
            return model.shapes().keySet();
        }
        Deque<String> roots = new ArrayDeque<>();
        // One error for any number of empty names in a selection (",," holds three).
        boolean emptyShape = false;
        boolean emptyOperation = false;
        for (String s : shapes) {
            if (s.isEmpty()) {
                if (emptyShape) {
                    continue;
                }
                emptyShape = true;
                diagnostics.error("select.empty-name", SourceLocation.at(null, null, null),
                        "the shape selection holds an empty name (an empty list, a stray comma, or two in a row); "
                                + "name shapes such as " + example(model.shapes().keySet()) + ", or select none to "
                                + "generate them all");
            } else if (model.shape(s) == null) {
                diagnostics.error("select.unknown-shape", SourceLocation.at(null, s, null),
                        "the selected shape " + s + " is not a shape of this spec"
                                + Suggestions.didYouMean(s, model.shapes().keySet()));
            } else {
                roots.add(s);
            }
        }
        for (String o : operations) {
            Operation op = model.operations().get(o);
            if (o.isEmpty()) {
                if (emptyOperation) {
                    continue;
                }
                emptyOperation = true;
                diagnostics.error("select.empty-name", SourceLocation.at(null, null, null),
                        "the operation selection holds an empty name (an empty list, a stray comma, or two in a "
                                + "row); name operations such as " + example(model.operations().keySet())
                                + ", or select none to generate every shape");
                continue;
            }
            if (op == null) {
                diagnostics.error("select.unknown-operation", SourceLocation.at(null, null, null),
                        "the selected operation " + o + " is not an operation of this spec"
                                + Suggestions.didYouMean(o, model.operations().keySet()));
                continue;
            }
            for (String s : op.input() == null ? List.<String>of() : List.of(op.input())) {
                roots.add(s);
            }
            if (op.output() != null) {
                roots.add(op.output());
            }
            roots.addAll(op.errors());
        }
        Set<String> reached = reachable(model, roots);
        Set<String> ordered = new LinkedHashSet<>();
        for (String name : model.shapes().keySet()) {
            if (reached.contains(name)) {
                ordered.add(name);
            }
        }
        return ordered;
    }

    /** The shapes the given ones refer to, directly or through others, themselves included; unknown names skipped. */
    public static Set<String> reachable(ServiceModel model, Collection<String> roots) {
        Deque<String> todo = new ArrayDeque<>(roots);
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Shape s = model.shape(name);
            if (s == null || !reached.add(name)) {
                continue;
            }
            s.members().values().forEach(m -> todo.push(m.target()));
            for (Member child : new Member[] {s.listMember(), s.mapKey(), s.mapValue()}) {
                if (child != null) {
                    todo.push(child.target());
                }
            }
        }
        return reached;
    }
}
