package dev.shapegen.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One random change to a spec's text, as a hand edit, a bad merge or a broken download would make it. {@code seed}
 * picks the place and the new value, so a mutation is reproducible and shrinks with its seed. Changes to the JSON
 * tree are skipped (the text stays as it is) once an earlier mutation has made the text unreadable.
 *
 * @param kind what to change
 * @param seed where and to what
 */
record SpecMutation(Kind kind, long seed) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Kind {
        DELETE_KEY, CHANGE_VALUE_TYPE, DANGLE_REFERENCE, RETARGET_REFERENCE, RENAME_SHAPE, DUPLICATE_SHAPE,
        CHANGE_SHAPE_TYPE, ADD_TRAIT, ADD_CONSTRAINT, DUPLICATE_KEY, TRUNCATE, INSERT_GARBAGE
    }

    byte[] apply(byte[] spec) {
        Random random = new Random(seed);
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(spec, random.nextInt(spec.length + 1));
            case INSERT_GARBAGE -> insertGarbage(spec, random);
            case DUPLICATE_KEY -> duplicateKeyLine(spec, random);
            default -> {
                JsonNode root = readTree(spec);
                if (!(root instanceof ObjectNode object)) {
                    yield spec;
                }
                mutateTree(object, random);
                yield write(object);
            }
        };
    }

    private void mutateTree(ObjectNode root, Random random) {
        switch (kind) {
            case DELETE_KEY -> pick(fields(root), random).ifPresent(f -> f.parent().remove(f.key()));
            case CHANGE_VALUE_TYPE -> pick(fields(root), random).ifPresent(
                    f -> f.parent().set(f.key(), otherValue(f.parent().get(f.key()), random)));
            case DANGLE_REFERENCE -> pick(references(root), random).ifPresent(f -> f.parent().put("shape",
                    pick(List.of(f.parent().path("shape").asText() + "Typo", "", "shape", "String "), random)
                            .orElseThrow()));
            case RETARGET_REFERENCE -> pick(shapeNames(root), random).ifPresent(owner -> {
                // Half the time to the shape itself: recursion without a structure in between is the hard case.
                String target = random.nextBoolean() ? owner : pick(shapeNames(root), random).orElseThrow();
                pick(references(root.get("shapes").get(owner)), random).ifPresent(f -> f.parent().put("shape",
                        target));
            });
            case RENAME_SHAPE, DUPLICATE_SHAPE -> pick(shapeNames(root), random).ifPresent(name -> {
                ObjectNode shapes = (ObjectNode) root.get("shapes");
                JsonNode shape = shapes.get(name);
                String other = pick(List.of(name.toLowerCase(Locale.ROOT), name + "2", "", "class",
                        "Builder", name.toUpperCase(Locale.ROOT) + "_"), random).orElseThrow();
                if (kind == Kind.RENAME_SHAPE) {
                    shapes.remove(name);
                }
                shapes.set(other, shape.deepCopy());
            });
            case CHANGE_SHAPE_TYPE -> pick(shapes(root), random).ifPresent(shape -> shape.put("type", pick(List.of(
                    "structure", "list", "map", "string", "integer", "long", "float", "double", "boolean",
                    "timestamp", "blob", "bigdecimal", "biginteger", "byte", "short", "STRING", "char", ""), random)
                    .orElseThrow()));
            case ADD_TRAIT -> pick(shapes(root), random).ifPresent(shape -> shape.put(pick(List.of("union",
                    "document", "eventstream", "event", "exception", "sensitive", "deprecated", "streaming",
                    "flattened"), random).orElseThrow(), true));
            case ADD_CONSTRAINT -> pick(shapes(root), random).ifPresent(shape -> addConstraint(shape, random));
            default -> throw new IllegalStateException("not a tree mutation: " + kind);
        }
    }

    private static void addConstraint(ObjectNode shape, Random random) {
        switch (random.nextInt(7)) {
            case 0 -> shape.put("min", pick(List.of(-1, 0, 5, Integer.MAX_VALUE), random).orElseThrow());
            case 1 -> shape.put("max", new BigDecimal(pick(List.of("0", "-3", "1.5", "1e400",
                    "99999999999999999999999"), random).orElseThrow()));
            case 2 -> shape.put("pattern", pick(List.of("[", "(?<x", "^\\p{Foo}$", "", "\\", "^[a-z]+$"), random)
                    .orElseThrow());
            case 3 -> {
                ArrayNode values = shape.putArray("enum");
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    values.add(pick(List.of("a", "A", "", "class", "UNRECOGNIZED", "1x"), random).orElseThrow());
                }
            }
            case 4 -> shape.putArray("required").add(pick(List.of("Missing", "", "member"), random).orElseThrow());
            case 5 -> shape.put("timestampFormat", pick(List.of("iso8601", "RFC822", "epoch", ""), random)
                    .orElseThrow());
            default -> shape.putObject(pick(List.of("member", "key", "value"), random).orElseThrow())
                    .put("shape", missingShapeOrTypeName(shape, random));
        }
    }

    /** A shape that does not exist, or the shape's own type name used as a shape name. */
    private static String missingShapeOrTypeName(ObjectNode shape, Random random) {
        return random.nextBoolean() ? "Nothing" : shape.path("type").asText("String");
    }

    /** A value of another JSON type than {@code current}. */
    private static JsonNode otherValue(JsonNode current, Random random) {
        List<JsonNode> candidates = new ArrayList<>(List.of(NODES.textNode("x"), NODES.textNode(""),
                NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(new BigDecimal("1e400")),
                NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.nullNode(),
                NODES.booleanNode(true)));
        candidates.removeIf(c -> c.getNodeType() == current.getNodeType());
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static byte[] insertGarbage(byte[] spec, Random random) {
        byte[][] garbage = {{0}, {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {'}'},
            {'"'}, {','}, {'['}, {':'}, {'\\'}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {'/', '*'}};
        byte[] insert = garbage[random.nextInt(garbage.length)];
        int at = random.nextInt(spec.length + 1);
        byte[] out = new byte[spec.length + insert.length];
        System.arraycopy(spec, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(spec, at, out, at + insert.length, spec.length - at);
        return out;
    }

    /** Repeats one {@code "key" : value,} line, as a bad merge does. */
    private static byte[] duplicateKeyLine(byte[] spec, Random random) {
        String text = new String(spec, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*\"[^\"]*\" : [^{\\[]*,\\s*")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return spec;
        }
        int line = candidates.get(random.nextInt(candidates.size()));
        lines.add(line + 1, lines.get(line));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private record Field(ObjectNode parent, String key) {}

    /** Every key of every object in the tree, in document order. */
    private static List<Field> fields(JsonNode node) {
        List<Field> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<Field> out) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                out.add(new Field(object, e.getKey()));
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }

    private static List<Field> references(JsonNode node) {
        return fields(node).stream().filter(f -> f.key().equals("shape") && f.parent().get("shape").isTextual())
                .toList();
    }

    private static List<String> shapeNames(ObjectNode root) {
        List<String> names = new ArrayList<>();
        if (root.get("shapes") instanceof ObjectNode shapes) {
            shapes.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static List<ObjectNode> shapes(ObjectNode root) {
        List<ObjectNode> out = new ArrayList<>();
        if (root.get("shapes") instanceof ObjectNode shapes) {
            shapes.forEach(s -> {
                if (s instanceof ObjectNode o) {
                    out.add(o);
                }
            });
        }
        return out;
    }

    private static <T> Optional<T> pick(List<T> list, Random random) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(random.nextInt(list.size())));
    }

    static JsonNode readTree(byte[] spec) {
        try {
            return JSON.readTree(spec);
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] write(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
