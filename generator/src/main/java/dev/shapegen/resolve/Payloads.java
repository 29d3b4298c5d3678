package dev.shapegen.resolve;

import dev.shapegen.model.Member;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeFlag;
import dev.shapegen.model.ShapeType;
import java.util.Locale;

/**
 * The {@code payload} trait of rest-json: the member of an operation's input or output that is the whole HTTP body,
 * its other members being bound to the URI, the query string or headers. Where that member holds JSON (a structure,
 * union or document), the generated record's JSON is the member's JSON, so that a record reads a response body as
 * the service sends it. A payload of raw bytes or text (a blob, a string) or an event stream is not JSON: such a
 * record keeps the member as a property of its JSON, with a warning.
 */
public final class Payloads {
    private Payloads() {}

    /** The member whose JSON is a record's whole JSON, or null when the record has no such payload. */
    public static Member json(ServiceModel model, Shape shape) {
        Member m = member(model, shape);
        if (m == null) {
            return null;
        }
        Shape target = model.shape(m.target());
        // A payload is the body of one request or response: a target with a payload of its own (itself, say) would
        // make reading recurse without end, and keeps its members as properties instead.
        return target.type() == ShapeType.STRUCTURE && !target.has(ShapeFlag.EVENT_STREAM) && target.payload() == null
                ? m : null;
    }

    /** The rest-json payload member of a record, JSON or not, or null. */
    static Member member(ServiceModel model, Shape shape) {
        if (shape.payload() == null || !shape.isRecord()
                || !model.metadata().protocol().toLowerCase(Locale.ROOT).equals("rest-json")) {
            return null;
        }
        Member m = shape.members().get(shape.payload());
        return m == null || model.shape(m.target()) == null ? null : m;
    }
}
