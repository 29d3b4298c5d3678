package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.DocBlock.Admonition;
import dev.shapegen.diff.docs.DocBlock.Literal;
import dev.shapegen.diff.docs.DocBlock.Paragraph;
import dev.shapegen.diff.docs.DocShapes.Ref;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeFlag;
import dev.shapegen.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a request and the structure of a response as boto3 documents them: a tree of entries, one per
 * parameter, list element, map key and value, each with its name, type, documentation and nested entries. The
 * request's own parameters become fields ({@code type X:} / {@code param X:}); everything below them, and the whole
 * response, becomes bullets.
 *
 * <p>It also counts the lines botocore's reStructuredText of the section would have, since botocore replaces a
 * section longer than a fixed number of lines with a pointer to the AWS documentation.
 */
final class ParamDocs {

    static final String AUTOPOPULATED = "This field is autopopulated if not provided.";

    /**
     * One documented parameter or element.
     *
     * @param name the parameter name, or null for a list element, map key or value, or the response itself
     * @param typeName the Python type name shown in parentheses
     * @param field whether it is one of the request's own parameters, written as fields rather than a bullet
     * @param required whether it is marked {@code [REQUIRED]}
     * @param lead documentation text that continues the entry's first line, or null
     * @param content the documentation blocks below the first line
     * @param children the nested entries: structure members, the list element, the map key (with its value)
     */
    record Entry(String name, String typeName, boolean field, boolean required, String lead, List<DocBlock> content,
            List<Entry> children) {}

    /** The entries of a section and the number of lines botocore's reStructuredText of it has. */
    record Section(List<Entry> entries, int restLines) {}

    private final DocShapes shapes;
    private final boolean request;
    private final List<String> history = new ArrayList<>();
    private int newlines;

    private ParamDocs(DocShapes shapes, boolean request) {
        this.shapes = shapes;
        this.request = request;
    }

    /** The request's parameters, in the input shape's member order; none without an input. */
    static Section request(DocShapes shapes, String inputShape) {
        ParamDocs docs = new ParamDocs(shapes, true);
        List<Entry> entries = new ArrayList<>();
        if (inputShape != null) {
            Shape input = shapes.shape(inputShape);
            docs.history.add(input.name());
            for (Map.Entry<String, Member> e : input.members().entrySet()) {
                docs.newlines++;
                entries.add(docs.entry(shapes.member(e.getKey(), e.getValue(), true, false),
                        input.required().contains(e.getKey()), true));
            }
            docs.newlines++;
        }
        return new Section(entries, docs.newlines + 1);
    }

    /** The response structure: one entry for the output, holding its members. */
    static Section response(DocShapes shapes, String outputShape) {
        ParamDocs docs = new ParamDocs(shapes, false);
        // The heading "Response Structure" and the line breaks around it, as botocore writes them.
        docs.newlines = 3;
        Entry root = docs.entry(shapes.root(outputShape), false, false);
        return new Section(List.of(root), docs.newlines + 1);
    }

    private Entry entry(Ref ref, boolean required, boolean topLevel) {
        Shape shape = ref.shape();
        if (history.contains(shape.name())) {
            // A shape inside itself: documented once more, without what it contains (nor, in botocore, its mark).
            return describe(ref, false, false, List.of());
        }
        history.add(shape.name());
        List<Entry> children = new ArrayList<>();
        boolean opaque = ref.special() == DocShapes.Special.DOCUMENT || (request && DocShapes.isEventStream(shape));
        Entry entry = describe(ref, required, topLevel, children);
        if (opaque) {
            // Documented as a whole.
        } else if (shape.type() == ShapeType.STRUCTURE) {
            for (Map.Entry<String, Member> e : shape.members().entrySet()) {
                newlines++;
                children.add(entry(shapes.member(e.getKey(), e.getValue(), history.size() == 1, !request),
                        request && shape.required().contains(e.getKey()), false));
            }
            newlines++;
        } else if (shape.type() == ShapeType.LIST && shape.listMember() != null) {
            newlines++;
            children.add(entry(shapes.element(shape.listMember()), false, false));
            newlines++;
        } else if (shape.type() == ShapeType.MAP && shape.mapKey() != null && shape.mapValue() != null) {
            newlines++;
            List<Entry> value = new ArrayList<>();
            Entry key = describe(shapes.element(shape.mapKey()), false, false, value);
            newlines++;
            value.add(entry(shapes.element(shape.mapValue()), false, false));
            newlines += 2;
            children.add(key);
        }
        history.remove(history.size() - 1);
        return entry;
    }

    /** The entry of {@code ref} itself: name, type, marks and documentation; {@code children} are filled later. */
    private Entry describe(Ref ref, boolean required, boolean field, List<Entry> children) {
        String html = ref.documentation();
        boolean documented = html != null && !html.isEmpty();
        String rest = documented ? RestWriter.toRest(html) : "";
        if (documented && request && ref.member() != null && ref.member().idempotencyToken()) {
            rest += AUTOPOPULATED; // appended to the text as written, so it joins a last line without a break
        }
        RestBlocks.Parsed parsed = RestBlocks.parse(rest);
        List<DocBlock> content = new ArrayList<>(parsed.blocks());
        newlines += count(rest, '\n') + (field ? 1 : 0) + 2;
        if (documented && ref.shape().has(ShapeFlag.UNION) && ref.shape().type() == ShapeType.STRUCTURE) {
            content.add(unionNote(ref.shape()));
        }
        return new Entry(ref.name(), ref.typeName(), field, required, parsed.lead(), content, children);
    }

    private Admonition unionNote(Shape union) {
        String keys = String.join(", ", union.members().keySet());
        if (request) {
            return new Admonition("Note", List.of(new Paragraph("This is a Tagged Union structure. Only one of the"
                    + " following top level keys can be set: " + keys + ".")));
        }
        newlines += 5;
        return new Admonition("Note", List.of(new Paragraph("This is a Tagged Union structure. Only one of the"
                + " following top level keys will be set: " + keys + ". If a client receives an unknown member it"
                + " will set SDK_UNKNOWN_MEMBER as the top level key, which maps to the name or tag of the unknown"
                + " member. The structure of SDK_UNKNOWN_MEMBER is as follows:"),
                new Literal(List.of("'SDK_UNKNOWN_MEMBER': {'name': 'UnknownMemberName'}"))));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** Lays out entries whose context content starts at {@code column} (0 for the page itself). */
    static void render(Page page, List<Entry> entries, int column) {
        for (Entry e : entries) {
            if (e.field()) {
                page.line(0, "type " + e.name() + ":");
                page.line(0, e.typeName());
                page.line(0, "param " + e.name() + ":");
                String first = e.required() ? "[REQUIRED]" + (e.lead() == null ? "" : " " + e.lead()) : e.lead();
                if (first != null && !first.isEmpty()) {
                    page.line(0, first);
                }
                page.blocks(e.content(), 0);
                render(page, e.children(), 0);
            } else {
                int bullet = Page.bulletColumn(column);
                page.line(bullet, "\u2022 " + header(e));
                page.blocks(e.content(), bullet + 2);
                render(page, e.children(), bullet + 2);
            }
        }
    }

    private static String header(Entry e) {
        StringBuilder sb = new StringBuilder();
        if (e.name() != null) {
            sb.append(e.name()).append(' ');
        }
        sb.append('(').append(e.typeName()).append(") --");
        if (e.required()) {
            sb.append(" [REQUIRED]");
        }
        if (e.lead() != null && !e.lead().isEmpty()) {
            sb.append(' ').append(e.lead());
        }
        return sb.toString();
    }
}
