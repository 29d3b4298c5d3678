package dev.shapegen.diff.docs;

import dev.shapegen.model.Member;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeFlag;
import dev.shapegen.model.ShapeType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shapes of one operation as boto3's documentation sees them: each reference has the documentation of its
 * member when the member has some, else that of its shape, and a Python type name and example value. A few shapes
 * are documented specially: documents, JSON values in headers, and an operation's streaming or event-stream body.
 */
final class DocShapes {

    /**
     * How boto3 documents a shape reference apart from its type. The type names are botocore's reStructuredText;
     * the Sphinx roles in some of them show as typed on a page rendered by docutils, so they are kept as typed.
     */
    enum Special {
        NONE(null, null),
        DOCUMENT(":ref:`document<document>`", "{...}|[...]|123|123.4|'string'|True|None"),
        JSON_HEADER("JSON serializable", "{...}|[...]|123|123.4|'string'|True|None"),
        STREAMING_INPUT("bytes or seekable file-like object", "b'bytes'|file"),
        STREAMING_OUTPUT(":class:`.StreamingBody`", "StreamingBody()"),
        EVENT_STREAM_OUTPUT(":class:`.EventStream`", "EventStream()");

        final String typeName;
        final String example;

        Special(String typeName, String example) {
            this.typeName = typeName;
            this.example = example;
        }
    }

    /**
     * A reference to a shape: its name as a parameter (null for unnamed ones: list elements, map keys and values,
     * the output itself), the member it comes from (null for the input or output), the documentation that applies
     * there and how it is documented specially.
     */
    record Ref(String name, Member member, Shape shape, String documentation, Special special) {

        String typeName() {
            return special.typeName != null ? special.typeName : pyTypeName(shape.type());
        }
    }

    private static final Map<ShapeType, String> PY_TYPES = Map.of(ShapeType.BLOB, "bytes", ShapeType.DOUBLE, "float",
            ShapeType.LONG, "integer", ShapeType.MAP, "dict", ShapeType.STRUCTURE, "dict", ShapeType.TIMESTAMP,
            "datetime");
    private static final Map<ShapeType, String> PY_EXAMPLES = Map.of(ShapeType.DOUBLE, "123.0", ShapeType.LONG,
            "123", ShapeType.INTEGER, "123", ShapeType.STRING, "'string'", ShapeType.BLOB, "b'bytes'",
            ShapeType.BOOLEAN, "True|False", ShapeType.LIST, "[...]", ShapeType.MAP, "{...}", ShapeType.STRUCTURE,
            "{...}", ShapeType.TIMESTAMP, "datetime(2015, 1, 1)");

    private final ServiceModel model;
    private final String streamingInput;
    private final String streamingOutput;
    private final String eventStreamOutput;

    DocShapes(ServiceModel model, Operation operation) {
        this.model = model;
        Shape input = operation.input() == null ? null : shape(operation.input());
        Shape output = operation.output() == null ? null : shape(operation.output());
        this.streamingInput = blobPayload(input);
        this.streamingOutput = blobPayload(output);
        this.eventStreamOutput = eventStreamPayload(output);
    }

    /** The named shape; a missing one (a model that did not resolve) reads as a plain string. */
    Shape shape(String name) {
        Shape s = model.shape(name);
        return s != null ? s : new Shape(name, ShapeType.STRING, Map.of(), List.of(), null, null, null, List.of(),
                null, null, null, Set.of(), null, null, null);
    }

    /** Whether the operation's response is an event stream. */
    boolean hasEventStreamOutput() {
        return eventStreamOutput != null;
    }

    /** The input or output shape itself. */
    Ref root(String shapeName) {
        Shape s = shape(shapeName);
        return new Ref(null, null, s, s.documentation(), special(s, null));
    }

    /** A member of a structure; {@code topLevel} when the structure is the operation's input or output. */
    Ref member(String name, Member m, boolean topLevel, boolean output) {
        Shape s = shape(m.target());
        Special special = special(s, m);
        if (topLevel && special == Special.NONE) {
            if (!output && name.equals(streamingInput)) {
                special = Special.STREAMING_INPUT;
            } else if (output && name.equals(streamingOutput)) {
                special = Special.STREAMING_OUTPUT;
            } else if (output && name.equals(eventStreamOutput)) {
                special = Special.EVENT_STREAM_OUTPUT;
            }
        }
        return new Ref(name, m, s, m.documentation() != null ? m.documentation() : s.documentation(), special);
    }

    /** The element of a list, or the key or value of a map: unnamed. */
    Ref element(Member m) {
        Shape s = shape(m.target());
        return new Ref(null, m, s, m.documentation() != null ? m.documentation() : s.documentation(),
                special(s, m));
    }

    private static Special special(Shape s, Member m) {
        if (s.isDocument()) {
            return Special.DOCUMENT;
        }
        if (m != null && m.jsonValue() && "header".equals(m.location()) && s.type() == ShapeType.STRING) {
            return Special.JSON_HEADER;
        }
        return Special.NONE;
    }

    /**
     * The member carrying the body of a REST operation as raw bytes. The model keeps no {@code payload} trait, so it
     * is recognised as botocore documents it: a streaming blob, or in a REST protocol the one blob member the body
     * can hold because every other member is bound to the URI, a header or the query string.
     */
    private String blobPayload(Shape io) {
        if (io == null || io.type() != ShapeType.STRUCTURE) {
            return null;
        }
        for (Map.Entry<String, Member> e : io.members().entrySet()) {
            Shape target = shape(e.getValue().target());
            if (target.type() == ShapeType.BLOB && (e.getValue().streaming() || target.has(ShapeFlag.STREAMING))) {
                return e.getKey();
            }
        }
        if (!model.metadata().protocol().startsWith("rest")) {
            return null;
        }
        for (Map.Entry<String, Member> e : io.members().entrySet()) {
            boolean onlyBody = io.members().entrySet().stream()
                    .allMatch(o -> o.getKey().equals(e.getKey()) || o.getValue().location() != null);
            if (onlyBody && e.getValue().location() == null && shape(e.getValue().target()).type() == ShapeType.BLOB) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The member of an output that is an event stream: one only ever is the whole body. */
    private String eventStreamPayload(Shape io) {
        if (io == null || io.type() != ShapeType.STRUCTURE) {
            return null;
        }
        return io.members().entrySet().stream()
                .filter(e -> shape(e.getValue().target()).has(ShapeFlag.EVENT_STREAM))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** botocore's Python type name of a model type: {@code long} is an integer, {@code double} a float. */
    static String pyTypeName(ShapeType type) {
        return PY_TYPES.getOrDefault(type, type.wireName());
    }

    /** botocore's example value of a model type; {@code ...} for types it has none for, such as {@code float}. */
    static String pyExample(ShapeType type) {
        return PY_EXAMPLES.getOrDefault(type, "...");
    }

    /** Whether a structure is an event stream, which the response syntax wraps in {@code EventStream(...)}. */
    static boolean isEventStream(Shape s) {
        return s.type() == ShapeType.STRUCTURE && s.has(ShapeFlag.EVENT_STREAM);
    }
}
