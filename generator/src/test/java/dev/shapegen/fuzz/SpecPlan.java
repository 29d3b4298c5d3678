package dev.shapegen.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A random valid spec before it is written as JSON. References are indexes, taken modulo the shapes they may point
 * at, so every plan is a valid spec and shrinking (dropping shapes, members) keeps it valid. {@link #toJson()} adds
 * the rules a valid spec needs: map keys are strings, lists and maps reach themselves only through a structure,
 * and every shape has a finite value (see {@link Finiteness}).
 *
 * @param protocol the metadata protocol, which decides the default timestamp format
 * @param shapes the shapes, in spec order
 */
record SpecPlan(String protocol, List<ShapePlan> shapes) {
    /** A string shape every spec has: the fallback key of maps and variant of unions. */
    static final String PLAIN = "PlainString";

    enum Kind {
        STRUCTURE, UNION, LIST, MAP, STRING, ENUM, INTEGER, LONG, SHORT, BYTE, FLOAT, DOUBLE, BIG_DECIMAL,
        BIG_INTEGER, BOOLEAN, TIMESTAMP, BLOB, DOCUMENT
    }

    /**
     * One shape. Only the fields its kind uses matter.
     *
     * @param kind what it is
     * @param name the shape name (made unique when written)
     * @param members structure and union members; for lists and maps, the first one or two targets are the element,
     *     or the key and the value
     * @param enumValues values of an enum
     * @param min the least length, size or value, or null
     * @param max the greatest length, size or value, or null
     * @param pattern the pattern of a string, or null
     * @param timestampFormat the shape's timestamp format, or null
     * @param deprecated whether the shape is deprecated
     */
    record ShapePlan(Kind kind, String name, List<MemberPlan> members, List<String> enumValues, BigDecimal min,
            BigDecimal max, PatternCase pattern, String timestampFormat, boolean deprecated) {}

    /**
     * A member: its name, the index of the shape it refers to, whether it is required, and its own timestamp format.
     */
    record MemberPlan(String name, int target, boolean required, String timestampFormat) {}

    byte[] toJson() {
        ObjectMapper json = new ObjectMapper();
        List<String> names = uniqueNames();
        ObjectNode root = json.createObjectNode();
        root.putObject("metadata").put("protocol", protocol).put("serviceId", "Fuzz").put("apiVersion",
                "2025-01-16");
        root.putObject("operations");
        ObjectNode shapes = root.putObject("shapes");
        for (int i = 0; i < shapes().size(); i++) {
            shapes.set(names.get(i), shape(i, names, json));
        }
        shapes.putObject(names.get(names.size() - 1)).put("type", "string");
        Finiteness.makeFinite(root);
        return SpecMutation.write(root);
    }

    private List<String> uniqueNames() {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ShapePlan s : shapes) {
            names.add(unique(s.name(), taken));
        }
        names.add(unique(PLAIN, taken));
        return names;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        for (int i = 2; !taken.add(n); i++) {
            n = name + i;
        }
        return n;
    }

    private ObjectNode shape(int index, List<String> names, ObjectMapper json) {
        ShapePlan s = shapes.get(index);
        ObjectNode node = json.createObjectNode();
        node.put("type", switch (s.kind()) {
            case STRUCTURE, UNION, DOCUMENT -> "structure";
            case ENUM -> "string";
            case BIG_DECIMAL -> "bigdecimal";
            case BIG_INTEGER -> "biginteger";
            default -> s.kind().name().toLowerCase(Locale.ROOT);
        });
        switch (s.kind()) {
            case STRUCTURE, UNION -> {
                ObjectNode members = node.putObject("members");
                Set<String> taken = new HashSet<>();
                var required = json.createArrayNode();
                for (MemberPlan m : s.members()) {
                    String name = unique(m.name(), taken);
                    ObjectNode member = members.putObject(name).put("shape", names.get(Math.floorMod(m.target(),
                            names.size())));
                    if (m.timestampFormat() != null) {
                        member.put("timestampFormat", m.timestampFormat());
                    }
                    if (m.required() && s.kind() == Kind.STRUCTURE) {
                        required.add(name);
                    }
                }
                if (s.kind() == Kind.UNION) {
                    node.put("union", true);
                    if (s.members().isEmpty()) {
                        members.putObject("Fallback").put("shape", names.get(names.size() - 1));
                    }
                } else if (!required.isEmpty()) {
                    node.set("required", required);
                }
            }
            case DOCUMENT -> node.put("document", true);
            case LIST -> node.putObject("member").put("shape", element(index, 0, names));
            case MAP -> {
                node.putObject("key").put("shape", key(index, names));
                node.putObject("value").put("shape", element(index, 1, names));
            }
            case ENUM -> s.enumValues().stream().distinct().forEach(v -> node.withArray("enum").add(v));
            case STRING -> {
                if (s.pattern() != null) {
                    node.put("pattern", s.pattern().regex);
                }
            }
            case TIMESTAMP -> {
                if (s.timestampFormat() != null) {
                    node.put("timestampFormat", s.timestampFormat());
                }
            }
            default -> { }
        }
        if (s.min() != null) {
            node.put("min", s.min());
        }
        if (s.max() != null) {
            node.put("max", s.max());
        }
        if (s.deprecated()) {
            node.put("deprecated", true);
        }
        return node;
    }

    /** An element may be any structure or non-collection, or a collection earlier in the spec: no loops. */
    private String element(int index, int which, List<String> names) {
        List<Integer> allowed = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Kind k = shapes.get(i).kind();
            if ((k != Kind.LIST && k != Kind.MAP) || i < index) {
                allowed.add(i);
            }
        }
        List<MemberPlan> refs = shapes.get(index).members();
        int ref = refs.size() > which ? refs.get(which).target() : 0;
        if (allowed.isEmpty()) {
            return names.get(names.size() - 1);
        }
        return names.get(allowed.get(Math.floorMod(ref, allowed.size())));
    }

    /** Keys are plain strings (enum keys are strings in Java, and their values are too few to fill a map). */
    private String key(int index, List<String> names) {
        List<Integer> strings = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).kind() == Kind.STRING) {
                strings.add(i);
            }
        }
        List<MemberPlan> refs = shapes.get(index).members();
        int ref = refs.isEmpty() ? 0 : refs.get(0).target() / 7;
        return strings.isEmpty() ? names.get(names.size() - 1)
                : names.get(strings.get(Math.floorMod(ref, strings.size())));
    }
}
