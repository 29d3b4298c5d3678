package dev.shapegen.resolve;

import dev.shapegen.model.Member;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeFlag;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A checked model: every reference resolves, constraints are consistent, and the selection is closed (everything a
 * selected shape reaches is selected too). Emitters read facts from here and never look at JSON.
 *
 * @param model the parsed model
 * @param selected names of selected shapes, in spec order
 * @param vacuousPatterns {@code pattern} values that every string contains a match of (such as {@code .*}), so
 *     checking them can only cost time
 */
public record ResolvedModel(ServiceModel model, Set<String> selected, Set<String> vacuousPatterns) {

    public ResolvedModel {
        selected = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(selected));
        vacuousPatterns = Set.copyOf(vacuousPatterns);
    }

    /**
     * What a shape's pattern check depends on: the pattern, and the longest value it runs on (validation checks the
     * length first, and the automaton may rely on it).
     */
    public static String patternKey(Shape shape) {
        return shape.pattern() + "\u0000" + maxLength(shape);
    }

    /** The longest value, in code points, whose pattern a string shape's validation checks. */
    public static long maxLength(Shape shape) {
        java.math.BigDecimal max = shape.max();
        return max == null || max.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) >= 0
                ? dev.shapegen.resolve.regex.PatternAutomata.NO_MAX : Math.max(0, max.longValue());
    }

    /** The pattern a string of this shape must contain a match of, or null when there is none worth checking. */
    public String checkedPattern(Shape shape) {
        String pattern = shape.pattern();
        return pattern == null || vacuousPatterns.contains(pattern) ? null : pattern;
    }

    public Shape shape(String name) {
        Shape s = model.shape(name);
        if (s == null) {
            throw new IllegalArgumentException("not a shape of this model: " + name);
        }
        return s;
    }

    public Shape target(Member member) {
        return shape(member.target());
    }

    /** Selected shapes that become Java types, in spec order. */
    public List<Shape> generatedShapes() {
        return selected.stream().map(this::shape).filter(Shape::isGeneratedType).toList();
    }

    /**
     * Whether a member's value must be hidden in {@code toString()}: the member or its shape is sensitive, or a list
     * or map holds sensitive values at some depth.
     */
    public boolean isSensitive(Member member) {
        return member.sensitive() || holdsSensitive(target(member), 0);
    }

    private boolean holdsSensitive(Shape shape, int depth) {
        if (shape.has(ShapeFlag.SENSITIVE)) {
            return true;
        }
        if (depth > 32) {
            return false;
        }
        if (shape.type() == dev.shapegen.model.ShapeType.LIST && shape.listMember() != null) {
            return shape.listMember().sensitive() || holdsSensitive(target(shape.listMember()), depth + 1);
        }
        if (shape.type() == dev.shapegen.model.ShapeType.MAP && shape.mapValue() != null) {
            return shape.mapValue().sensitive() || holdsSensitive(target(shape.mapValue()), depth + 1)
                    || (shape.mapKey() != null && holdsSensitive(target(shape.mapKey()), depth + 1));
        }
        return false;
    }

    /**
     * The timestamp format of the timestamps a member holds, itself or inside lists and maps: the {@code
     * timestampFormat} of the reference that points at the timestamp (the member, or the innermost list member or
     * map value), else the timestamp shape's, else the protocol's default (epoch seconds for the JSON protocols, ISO
     * 8601 for the XML and query ones). This is how botocore serializes: a format on a member that holds a list is
     * not passed down to the list's elements.
     */
    public TimestampFormat timestampFormat(Member member) {
        Member ref = member;
        Shape target = target(member);
        for (int depth = 0; depth < 32; depth++) {
            Member inner = target.type() == dev.shapegen.model.ShapeType.LIST ? target.listMember()
                    : target.type() == dev.shapegen.model.ShapeType.MAP ? target.mapValue() : null;
            if (inner == null) {
                break;
            }
            ref = inner;
            target = target(inner);
        }
        // An unknown format (warned of as timestamp.format) falls through to the next.
        for (String f : new String[] {ref.timestampFormat(), target.timestampFormat()}) {
            TimestampFormat parsed = f == null ? null : TimestampFormat.fromWireName(f);
            if (parsed != null) {
                return parsed;
            }
        }
        return protocolDefault();
    }

    /** The member whose JSON is a record's whole JSON (a rest-json {@code payload}), or null: see {@link Payloads}. */
    public Member jsonPayload(Shape shape) {
        return Payloads.json(model, shape);
    }

    public TimestampFormat protocolDefault() {
        String protocol = model.metadata().protocol().toLowerCase(Locale.ROOT);
        return protocol.equals("json") || protocol.equals("rest-json") || protocol.equals("smithy-rpc-v2-cbor")
                ? TimestampFormat.EPOCH_SECONDS
                : TimestampFormat.ISO_8601;
    }
}
