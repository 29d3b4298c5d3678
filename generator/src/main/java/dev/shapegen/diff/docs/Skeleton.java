package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.DocShapes.Ref;
import dev.shapegen.diff.docs.DocShapes.Special;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Request Syntax" and "Response Syntax" code of a method: every parameter with an example value
 * ({@code 'string'}, {@code 123}, enum values joined by {@code |}, ...), nested four spaces per level, a shape that
 * contains itself written as {@code {'... recursive ...'}}.
 *
 * <p>It follows botocore's example writer line for line, including its one oddity: in a request, a structure
 * without members is written {@code {}} followed by a line break, so that the comma after it sits on a line of its
 * own.
 */
final class Skeleton {

    private final DocShapes shapes;
    private final boolean request;
    private final StringBuilder out = new StringBuilder();
    private final List<String> history = new ArrayList<>();
    private int indent;

    private Skeleton(DocShapes shapes, boolean request) {
        this.shapes = shapes;
        this.request = request;
    }

    /**
     * A syntax block: its lines, and how many lines botocore's reStructuredText of the whole section (heading and
     * code) has, which decides whether botocore shows it at all.
     */
    record Code(List<String> lines, int restLines) {}

    /** The request syntax: {@code prefix} (such as {@code client.list_things}) and the call's arguments. */
    static Code request(DocShapes shapes, String inputShape, String prefix) {
        Skeleton s = new Skeleton(shapes, true);
        s.out.append(prefix);
        if (inputShape == null) {
            s.out.append("()");
            // Without an input botocore opens the code block with one line break more.
            return s.code(7);
        }
        s.value(shapes.root(inputShape));
        return s.code(6);
    }

    /** The response syntax of an output shape. */
    static Code response(DocShapes shapes, String outputShape) {
        Skeleton s = new Skeleton(shapes, false);
        s.value(shapes.root(outputShape));
        return s.code(7);
    }

    private void value(Ref ref) {
        Shape shape = ref.shape();
        if (history.contains(shape.name())) {
            out.append("{'... recursive ...'}");
            return;
        }
        history.add(shape.name());
        if (ref.special() == Special.DOCUMENT) {
            out.append(ref.special().example);
        } else if (DocShapes.isEventStream(shape)) {
            // A response streams its events; a request documents the stream as an opaque dict.
            if (request) {
                out.append(DocShapes.pyExample(ShapeType.STRUCTURE));
            } else {
                out.append("EventStream(");
                structure(shape);
                out.append(")");
            }
        } else if (shape.type() == ShapeType.STRUCTURE) {
            structure(shape);
        } else if (shape.type() == ShapeType.LIST && shape.listMember() != null) {
            open("[");
            value(shapes.element(shape.listMember()));
            out.append(",");
            close("]");
        } else if (shape.type() == ShapeType.MAP && shape.mapValue() != null) {
            open("{");
            out.append("'string': ");
            value(shapes.element(shape.mapValue()));
            close("}");
        } else if (shape.isEnum()) {
            out.append(String.join("|", shape.enumValues().stream().map(v -> "'" + v + "'").toList()));
        } else if (ref.special() != Special.NONE) {
            out.append(ref.special().example);
        } else {
            out.append(DocShapes.pyExample(shape.type()));
        }
        history.remove(history.size() - 1);
    }

    private void structure(Shape shape) {
        boolean call = request && history.size() <= 1;
        String start = call ? "(" : "{";
        String end = call ? ")" : "}";
        Map<String, Member> members = shape.members();
        if (!request && members.isEmpty()) {
            out.append("{}");
            return;
        }
        int mark = out.length();
        open(start);
        int i = 0;
        for (Map.Entry<String, Member> e : members.entrySet()) {
            out.append(call ? e.getKey() + "=" : "'" + e.getKey() + "': ");
            value(shapes.member(e.getKey(), e.getValue(), history.size() == 1, !request));
            if (++i < members.size()) {
                out.append(",");
                newLine();
            }
        }
        if (members.isEmpty()) {
            // botocore takes back the opening and writes both brackets, then still ends the line.
            out.setLength(mark);
            out.append(start).append(end);
            indent -= 2;
            newLine();
        } else {
            close(end);
        }
    }

    private void open(String bracket) {
        out.append(bracket);
        indent += 2;
        newLine();
    }

    private void close(String bracket) {
        indent -= 2;
        newLine();
        out.append(bracket);
    }

    private void newLine() {
        out.append('\n').append(" ".repeat(indent * 2));
    }

    /** The code, without trailing blanks; {@code overhead} is what the section adds to the code's line count. */
    private Code code(int overhead) {
        String text = out.toString();
        List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new Code(lines, text.split("\n", -1).length + overhead);
    }
}
