package dev.shapegen.resolve;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.parse.Pointers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The limits of the class file format that a selected shape's Java type must fit in, checked before naming so that
 * generation never writes code javac refuses ({@code too many parameters}, {@code code too large}, {@code constant
 * string too long}). No AWS model comes near them yet (the largest enum, EC2's InstanceType, has about 1,400 values;
 * the widest structure about 100 members). Lists nested too deep for javac are the resolver's check ({@link Nesting});
 * strings that follow from the Java names are checked after naming ({@code emit.SignatureLimits}).
 */
public final class JvmLimits {
    /**
     * A record's canonical constructor takes a parameter slot per member, one for the members of the JSON that the
     * code does not know, and {@code this} one: 255 in all, the JVM's limit.
     */
    public static final int MAX_RECORD_MEMBERS = 253;
    /**
     * An enum class's static initializer takes 24 bytes of code per value (its constant and its place in
     * {@code knownValues()}), and the JVM allows a method 65,535 bytes: 2,730 values compile; the rest is margin.
     */
    public static final int MAX_ENUM_VALUES = 2_700;
    /**
     * A union reads its members in one switch, about 43 bytes of code per member (more for lists and maps read
     * through a lambda), in a method of at most 65,535 bytes: 1,529 string members compile; the rest is margin.
     */
    public static final int MAX_UNION_MEMBERS = 1_000;
    /**
     * Lists and maps nested in lists and maps, as in {@code List<List<Map<String, ...>>>}: javac attributes such a
     * type recursively and, with its default stack, fails at about 170 levels. Checked by the resolver, on every
     * list and map, where it looks for lists that hold themselves.
     */
    public static final int MAX_TYPE_NESTING = 64;
    /**
     * The longest pattern kept, in the class file's own UTF-8: a constant holds 65,535 bytes, and javac refuses a
     * string literal of 65,535 characters, so 65,534 bytes fits both (the bytes: {@code SignatureLimits} in emit).
     */
    public static final int MAX_STRING_BYTES = 65_534;
    /**
     * The longest enum value kept as a constant: the value is a string constant, and the constant's name, derived
     * from it, is one too and may be about twice as long.
     */
    public static final int MAX_ENUM_VALUE_BYTES = 16_384;

    private JvmLimits() {}

    /**
     * Reports a record or union too wide for the JVM as an error. Turns an enum too large for a class into a plain
     * string, and drops a pattern too long for a class file's string, each with a warning: values still read and
     * write unchanged.
     *
     * @return the model to name and emit: the same one when no shape had to change
     */
    public static ResolvedModel apply(ResolvedModel resolved, Diagnostics diagnostics) {
        Map<String, Shape> plain = new LinkedHashMap<>();
        for (String name : resolved.selected()) {
            Shape shape = resolved.shape(name);
            String ptr = Pointers.shape(name);
            int members = shape.members().size();
            if (shape.isUnion() && members > MAX_UNION_MEMBERS) {
                tooWide(diagnostics, "union", name, members, "a generated union reads at most "
                        + count(MAX_UNION_MEMBERS) + " (the JVM limits its reading method to 64 KiB of code)");
            } else if (shape.isRecord() && members > MAX_RECORD_MEMBERS) {
                tooWide(diagnostics, "structure", name, members, "a Java record holds at most " + MAX_RECORD_MEMBERS
                        + ", since the JVM gives a constructor 255 parameter slots, one is for this and one for the "
                        + "members of the JSON that the code does not know");
            } else if (shape.isEnum() && !isEnumClass(shape)) {
                plain.put(name, withoutValues(shape, diagnostics, shape.enumValues().size() > MAX_ENUM_VALUES
                        ? count(shape.enumValues().size()) + " values; a generated enum class holds at most "
                                + count(MAX_ENUM_VALUES) + " (the JVM limits its initializer to 64 KiB of code)"
                        : "a value of " + count(longest(shape.enumValues())) + " bytes; a generated constant holds at "
                                + "most " + count(MAX_ENUM_VALUE_BYTES) + " (a class file's strings are limited to 64 "
                                + "KiB, and the constant's name is derived from the value)"));
            }
            Shape kept = plain.getOrDefault(name, shape);
            if (kept.pattern() != null && classFileBytes(kept.pattern()) > MAX_STRING_BYTES) {
                diagnostics.warning("approx.pattern-too-long", SourceLocation.at(ptr + "/pattern", name, null),
                        "the pattern of " + name + " is " + count(classFileBytes(kept.pattern())) + " bytes long, "
                                + "more than a class file holds in one string (" + count(MAX_STRING_BYTES) + "), so "
                                + "validate() does not check it; its other constraints are checked");
                plain.put(name, copy(kept, kept.enumValues(), null));
            }
        }
        if (plain.isEmpty()) {
            return resolved;
        }
        ServiceModel m = resolved.model();
        Map<String, Shape> shapes = new LinkedHashMap<>(m.shapes());
        shapes.putAll(plain);
        return new ResolvedModel(new ServiceModel(m.source(), m.metadata(), m.documentation(), m.operations(), shapes,
                m.unreadableShapes(), m.shapesUnreadable()), resolved.selected(), resolved.vacuousPatterns());
    }

    /**
     * Whether an enum shape is generated as its own enum class: it is one and fits the limits above. One that does
     * not is {@code String} in generated code, so crossing a limit between two versions of a spec changes the types
     * that users see.
     */
    public static boolean isEnumClass(Shape shape) {
        return shape.isEnum() && shape.enumValues().size() <= MAX_ENUM_VALUES
                && longest(shape.enumValues()) <= MAX_ENUM_VALUE_BYTES;
    }

    /**
     * Why an enum shape is generated as {@code String}, for the diff and the baseline guard, or null when it is not an
     * enum or is generated as an enum class.
     */
    public static String notAnEnumClass(Shape shape) {
        if (!shape.isEnum() || isEnumClass(shape)) {
            return null;
        }
        int values = shape.enumValues().size();
        return values > MAX_ENUM_VALUES
                ? "an enum of " + count(values) + " values is generated as String; an enum class holds at most "
                        + count(MAX_ENUM_VALUES)
                : "an enum with a value of " + count(longest(shape.enumValues())) + " bytes is generated as String; "
                        + "an enum constant holds at most " + count(MAX_ENUM_VALUE_BYTES);
    }

    private static void tooWide(Diagnostics diagnostics, String kind, String name, int members, String why) {
        diagnostics.error("shape.too-many-members", SourceLocation.at(Pointers.shape(name) + "/members", name, null),
                kind + " " + name + " has " + count(members) + " members; " + why + ". Split the " + kind + " in the "
                        + "model, or select operations or shapes that do not reach it (--operations, --shapes)");
    }

    private static Shape withoutValues(Shape s, Diagnostics diagnostics, String why) {
        diagnostics.warning("approx.enum-too-large", SourceLocation.at(Pointers.shape(s.name()) + "/enum", s.name(),
                null), "enum " + s.name() + " has " + why + ", so members of " + s.name() + " are plain Strings: "
                        + "every value reads and writes unchanged, but there are no constants and validate() does not "
                        + "check the value against the list");
        return copy(s, List.of(), s.pattern());
    }

    private static Shape copy(Shape s, List<String> enumValues, String pattern) {
        return new Shape(s.name(), s.type(), s.members(), s.required(), s.listMember(), s.mapKey(), s.mapValue(),
                enumValues, s.min(), s.max(), pattern, s.flags(), s.timestampFormat(), s.payload(),
                s.documentation());
    }

    /** A count as messages print it, grouped the same whatever the machine's locale: {@code 65,535}. */
    public static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static int longest(List<String> values) {
        return values.stream().mapToInt(JvmLimits::classFileBytes).max().orElse(0);
    }

    /** The length of a string in a class file, whose UTF-8 writes NUL in two bytes and a surrogate in three. */
    public static int classFileBytes(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
