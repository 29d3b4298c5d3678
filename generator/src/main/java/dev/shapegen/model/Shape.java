package dev.shapegen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One shape of the spec, as written: every field mirrors a key of the JSON (null or empty when absent). Which fields
 * matter depends on {@link #type()}; resolution and checks happen later, in one place.
 *
 * @param name the shape name (the key in {@code shapes})
 * @param type the shape type
 * @param members structure members in spec order
 * @param required required member names, in spec order
 * @param listMember the element of a list
 * @param mapKey the key of a map
 * @param mapValue the value of a map
 * @param enumValues the values of an enum string, in spec order; empty when not an enum
 * @param min the {@code min} constraint, or null
 * @param max the {@code max} constraint, or null
 * @param pattern the {@code pattern} constraint, or null
 * @param flags boolean traits that are set ({@code union}, {@code exception}, {@code document}, ...)
 * @param timestampFormat the shape's {@code timestampFormat}, or null
 * @param payload the member that is the whole HTTP body of a REST operation's input or output ({@code payload}), or
 *     null
 * @param documentation HTML documentation, or null
 */
public record Shape(
        String name,
        ShapeType type,
        Map<String, Member> members,
        List<String> required,
        Member listMember,
        Member mapKey,
        Member mapValue,
        List<String> enumValues,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        java.util.Set<ShapeFlag> flags,
        String timestampFormat,
        String payload,
        String documentation) {

    public Shape {
        members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        required = List.copyOf(required);
        enumValues = List.copyOf(enumValues);
        flags = flags.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    }

    public boolean has(ShapeFlag flag) {
        return flags.contains(flag);
    }

    public boolean isEnum() {
        return type == ShapeType.STRING && !enumValues.isEmpty();
    }

    /** A structure that is a tagged union: a union, or an event stream (which is a union of events). */
    public boolean isUnion() {
        return type == ShapeType.STRUCTURE && (has(ShapeFlag.UNION) || has(ShapeFlag.EVENT_STREAM));
    }

    public boolean isDocument() {
        return type == ShapeType.STRUCTURE && has(ShapeFlag.DOCUMENT);
    }

    /** A record: a structure that is neither a union nor a document. */
    public boolean isRecord() {
        return type == ShapeType.STRUCTURE && !isUnion() && !isDocument();
    }

    /** True when this shape becomes a generated Java type of its own (record, union or enum). */
    public boolean isGeneratedType() {
        return isRecord() || isUnion() || isEnum();
    }
}
