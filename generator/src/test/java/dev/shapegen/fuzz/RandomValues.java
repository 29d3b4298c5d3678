package dev.shapegen.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.NameTable;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.resolve.TimestampFormat;
import dev.shapegen.testing.CompiledCode;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random values of generated types, built through the generated builders and constructors by reflection, valid but
 * for at most one constraint. Each constraint a value could break is a slot, counted in the order the value is
 * built; with the same seed the same value is built again, and slot {@code breakAt} is broken on the way, so the
 * test knows the one path where {@code validate()} must report a violation.
 */
final class RandomValues {
    /** Below this depth members are optional and collections small, so recursive types end. */
    private static final int MAX_DEPTH = 4;
    /** How far past its least length a string or blob of a round-trip value may go. */
    private static final int NEAR_LEAST = 64;

    private final ResolvedModel model;
    private final NameTable names;
    private final CompiledCode code;
    private final Map<String, Integer> ranks;
    private final Random random;
    private final int breakAt;
    /** Patterns not matched, and sizes kept near their least: real models allow values of many megabytes. */
    private final boolean roundTripOnly;
    private int slots;
    private Broken broken;

    /** The violation a broken value must produce: where, and a phrase of its message. */
    record Broken(String path, String phrase) {}

    RandomValues(ResolvedModel model, NameTable names, CompiledCode code, Map<String, Integer> ranks, long seed,
            int breakAt) {
        this(model, names, code, ranks, seed, breakAt, false);
    }

    private RandomValues(ResolvedModel model, NameTable names, CompiledCode code, Map<String, Integer> ranks,
            long seed, int breakAt, boolean roundTripOnly) {
        this.model = model;
        this.names = names;
        this.code = code;
        this.ranks = ranks;
        this.random = new Random(seed);
        this.breakAt = breakAt;
        this.roundTripOnly = roundTripOnly;
    }

    /**
     * Values for round trips only, on any spec: strings keep their length bounds but not their patterns (random
     * specs use a few patterns these values know how to match; real models use thousands), so {@code validate()}
     * may report them. Strings, blobs, lists and maps stay near their least size.
     */
    static RandomValues forRoundTrips(ResolvedModel model, NameTable names, CompiledCode code,
            Map<String, Integer> ranks, long seed) {
        return new RandomValues(model, names, code, ranks, seed, -1, true);
    }

    /** A value of a record or union type: valid when {@code breakAt} is -1 or beyond the slots. */
    Object of(Shape shape) {
        return value(shape, null, "", 0);
    }

    int slots() {
        return slots;
    }

    /** The broken constraint, or null when the value is valid. */
    Broken broken() {
        return broken;
    }

    /** Counts a slot; true when this is the one to break, and then remembers where and how. */
    private boolean breakHere(String path, String phrase) {
        if (slots++ != breakAt) {
            return false;
        }
        broken = new Broken(path, phrase);
        return true;
    }

    private Object value(Shape shape, Member holder, String path, int depth) {
        boolean small = depth >= MAX_DEPTH;
        return switch (shape.type()) {
            case STRUCTURE -> shape.isDocument() ? runtime("Document", "of", document(0))
                    : shape.isUnion() ? union(shape, path, depth, small) : record(shape, path, depth, small);
            case LIST -> list(shape, holder, path, depth, small);
            case MAP -> map(shape, holder, path, depth, small);
            case STRING -> shape.isEnum() ? enumValue(shape, path) : string(shape, path);
            case BOOLEAN -> random.nextBoolean();
            case TIMESTAMP -> instant(holder == null ? model.protocolDefault() : model.timestampFormat(holder));
            case BLOB -> runtime("Blob", "of", (Object) bytes(shape, path));
            default -> Numbers.value(shape, random, phrase -> breakHere(path, phrase));
        };
    }

    private Object record(Shape shape, String path, int depth, boolean small) {
        Class<?> type = code.load(names.type(shape.name()).reflectionName());
        Object builder = CompiledCode.call(type, "builder");
        // A record whose JSON is its payload member's (rest-json) holds that member alone in JSON, and always it.
        Member payload = model.jsonPayload(shape);
        for (Member m : shape.members().values()) {
            if (payload != null && !payload.name().equals(m.name())) {
                continue;
            }
            String at = join(path, names.wire(shape.name(), m.name()));
            boolean required = shape.required().contains(m.name());
            if (required ? breakHere(at, "is required") : payload == null && (small || random.nextInt(3) == 0)) {
                continue;
            }
            CompiledCode.call(builder, names.member(shape.name(), m.name()),
                    value(model.target(m), m, at, depth + 1));
        }
        return CompiledCode.call(builder, "build");
    }

    private Object union(Shape shape, String path, int depth, boolean small) {
        List<Member> members = new ArrayList<>(shape.members().values());
        // Small values take the member with the smallest finite value, so recursion through unions ends.
        Member m = small ? members.stream().min(Comparator.comparing(x -> ranks.get(x.target()))).orElseThrow()
                : members.get(random.nextInt(members.size()));
        String type = names.type(shape.name()).reflectionName() + "$" + names.variant(shape.name(), m.name());
        Object value = value(model.target(m), m, join(path, names.wire(shape.name(), m.name())), depth + 1);
        try {
            Constructor<?> c = code.load(type).getDeclaredConstructors()[0];
            return c.newInstance(value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make variant " + type, e);
        }
    }

    private List<Object> list(Shape shape, Member holder, String path, int depth, boolean small) {
        Shape element = model.target(shape.listMember());
        int size = size(shape, path, small);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(value(element, holder, path + "[" + i + "]", depth + 1));
        }
        return out;
    }

    private Map<String, Object> map(Shape shape, Member holder, String path, int depth, boolean small) {
        Shape key = model.target(shape.mapKey());
        Shape element = model.target(shape.mapValue());
        int size = size(shape, path, small);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int repeats = 0; out.size() < size; ) {
            String k = string(key, null);
            if (out.containsKey(k)) {
                if (++repeats > 100) {
                    throw new AssertionError("cannot find " + size + " distinct keys for " + shape.name());
                }
                continue;
            }
            String brokenKey = roundTripOnly ? null
                    : Strings.breaking(key, random, phrase -> breakHere(path, phrase));
            if (brokenKey != null) {
                // Only now is the key known, and with it the path of the violation: the entry's.
                k = brokenKey;
                broken = new Broken(path + "[" + k + "]", broken.phrase());
            }
            out.put(k, value(element, holder, path + "[" + k + "]", depth + 1));
        }
        return out;
    }

    /** A size within the bounds of a list or map, or one past a bound when this slot breaks. */
    private int size(Shape shape, String path, boolean small) {
        int min = shape.min() == null ? 0 : shape.min().intValueExact();
        if (min > 0 && breakHere(path, "must have at least")) {
            return min - 1;
        }
        if (shape.max() != null && breakHere(path, "must have at most")) {
            return shape.max().intValueExact() + 1;
        }
        int max = shape.max() == null ? min + 2 : shape.max().intValueExact();
        if (roundTripOnly) {
            max = Math.min(max, min + 3);
        }
        return small ? min : min + random.nextInt(max - min + 1);
    }

    private Object enumValue(Shape shape, String path) {
        List<String> values = shape.enumValues();
        String value = breakHere(path, "is not one of the known values") ? "zz-not-a-value"
                : values.get(random.nextInt(values.size()));
        return CompiledCode.call(code.load(names.type(shape.name()).reflectionName()), "fromValue", value);
    }

    /** A string of the shape; {@code path} null for map keys, whose slots are counted by the map. */
    private String string(Shape shape, String path) {
        if (roundTripOnly) {
            return Strings.ofLength(shape, random, NEAR_LEAST);
        }
        if (path != null) {
            String bad = Strings.breaking(shape, random, phrase -> breakHere(path, phrase));
            if (bad != null) {
                return bad;
            }
        }
        return Strings.valid(shape, random);
    }

    private byte[] bytes(Shape shape, String path) {
        int min = shape.min() == null ? 0 : shape.min().intValueExact();
        int length;
        if (min > 0 && breakHere(path, "must be at least")) {
            length = min - 1;
        } else if (shape.max() != null && breakHere(path, "must be at most")) {
            length = shape.max().intValueExact() + 1;
        } else {
            int max = shape.max() == null ? min + 6 : shape.max().intValueExact();
            length = min + random.nextInt((roundTripOnly ? Math.min(max, min + NEAR_LEAST) : max) - min + 1);
        }
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A time in 1900..2200; whole seconds for HTTP dates, which have no fraction. */
    private Instant instant(TimestampFormat format) {
        long seconds = -2_208_988_800L + (long) (random.nextDouble() * 9_467_107_200L);
        int nanos = switch (format == TimestampFormat.RFC_822 ? 0 : random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** Any JSON but a top-level null (which Jackson reads back as a missing member). */
    private JsonNode document(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(depth == 0 ? 5 : 8)) {
            case 0 -> {
                ObjectNode o = f.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    o.set(Strings.text(random, random.nextInt(4)), document(depth + 1));
                }
                return o;
            }
            case 1 -> {
                ArrayNode a = f.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    a.add(document(depth + 1));
                }
                return a;
            }
            case 2 -> {
                return f.textNode(Strings.text(random, random.nextInt(6)));
            }
            case 3 -> {
                return f.numberNode(random.nextInt());
            }
            case 4 -> {
                return f.booleanNode(random.nextBoolean());
            }
            case 5 -> {
                return f.numberNode(random.nextLong());
            }
            case 6 -> {
                return f.numberNode(random.nextDouble() * 1000);
            }
            default -> {
                return f.nullNode();
            }
        }
    }

    private Object runtime(String type, String factory, Object argument) {
        return CompiledCode.call(code.load(names.runtimePackage() + "." + type), factory, argument);
    }

    /** A member's place as validation paths write it: dot-separated wire names. */
    private static String join(String path, String wire) {
        return path.isEmpty() ? wire : path + "." + wire;
    }
}
