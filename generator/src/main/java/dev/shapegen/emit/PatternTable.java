package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import dev.shapegen.naming.NameTable;
import dev.shapegen.naming.Namer;
import dev.shapegen.resolve.ResolvedModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every pattern the generated validation checks, once per run: each distinct {@link ResolvedModel#patternKey} gets
 * one accessor in the runtime's {@code Patterns} holder, and generated types call it instead of each holding a copy
 * of the pattern and its automaton. Computed before the types are emitted (in parallel), so that every type agrees
 * on the names; the automata are not needed until the holders are emitted ({@link CompiledPatterns}).
 *
 * <p>An accessor is named after the first (by name) shape that uses its pattern, so a name stays put when other
 * shapes come and go; holders are filled in name order, {@link #PER_HOLDER} accessors each.
 */
final class PatternTable {
    /**
     * Accessors per holder class. Each costs its class about 7 constant-pool entries (of 65,535) and a method of its
     * own (so no method nears 64 KB, and there is no static initializer), so holders stay far from the class-file
     * limits; an encoded automaton is at most 24,000 characters, below the 65,535 bytes of a string constant.
     */
    static final int PER_HOLDER = 1_000;

    /**
     * One accessor.
     *
     * @param holder the class that holds it
     * @param method the accessor's (and its cache field's) name
     * @param pattern the pattern, as the model gives it
     * @param maxLength the longest value the pattern is checked on (as in {@link ResolvedModel#maxLength})
     * @param shapes the shapes that use it, by name
     */
    record Accessor(ClassName holder, String method, String pattern, long maxLength,
            List<String> shapes) {}

    /** How deep {@link #collect} looks into lists and maps. */
    private static final int MAX_DEPTH = 32;

    private final Map<String, Accessor> byKey;
    private final Map<ClassName, List<Accessor>> holders;
    private final CompiledPatterns automata;

    private PatternTable(Map<String, Accessor> byKey, Map<ClassName, List<Accessor>> holders) {
        this.byKey = byKey;
        this.holders = holders;
        this.automata = new CompiledPatterns(holders.values().stream().flatMap(List::stream).toList());
    }

    /** The table of a run: the patterns of the strings that records and unions check, through lists and maps. */
    static PatternTable of(ResolvedModel model, NameTable names) {
        // Pattern key -> names of the shapes that use it, sorted.
        Map<String, Set<String>> users = new HashMap<>();
        Map<String, Integer> walked = new HashMap<>();
        for (Shape shape : model.generatedShapes()) {
            if (shape.isRecord() || shape.isUnion()) {
                for (Member m : shape.members().values()) {
                    collect(model, model.target(m), 0, users, walked);
                }
            }
        }
        // Named in order of each key's first shape, so that clashes always resolve the same way.
        Map<String, String> keyByFirst = new TreeMap<>();
        users.forEach((key, shapes) -> keyByFirst.put(shapes.iterator().next(), key));
        Set<String> taken = new HashSet<>();
        Map<String, String> keyByName = new TreeMap<>();
        keyByFirst.forEach((first, key) -> keyByName.put(Namer.freeMemberName(first, taken), key));
        Map<String, Accessor> byKey = new HashMap<>();
        Map<ClassName, List<Accessor>> holders = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : keyByName.entrySet()) {
            int part = i++ / PER_HOLDER;
            ClassName holder = names.runtime(part == 0 ? "Patterns" : "Patterns" + (part + 1));
            List<String> shapes = List.copyOf(users.get(e.getValue()));
            Shape shape = model.shape(shapes.get(0));
            Accessor a = new Accessor(holder, e.getKey(), shape.pattern(), ResolvedModel.maxLength(shape), shapes);
            holders.computeIfAbsent(holder, h -> new ArrayList<>()).add(a);
            byKey.put(e.getValue(), a);
        }
        holders.replaceAll((h, list) -> List.copyOf(list));
        return new PatternTable(Map.copyOf(byKey), Collections.unmodifiableMap(holders));
    }

    /**
     * Adds the strings with a checked pattern that a value of this shape holds, itself included. Deeper than the
     * validation walk goes (it stops at 17 levels), so no pattern it checks is missed; each list or map is walked
     * again only when met at a shallower depth than before, so this ends, quickly.
     */
    private static void collect(ResolvedModel model, Shape shape, int depth, Map<String, Set<String>> users,
            Map<String, Integer> walked) {
        if (shape.type() == ShapeType.STRING) {
            if (model.checkedPattern(shape) != null) {
                users.computeIfAbsent(ResolvedModel.patternKey(shape), k -> new TreeSet<>()).add(shape.name());
            }
            return;
        }
        boolean isList = shape.type() == ShapeType.LIST;
        if ((!isList && shape.type() != ShapeType.MAP) || depth > MAX_DEPTH
                || walked.getOrDefault(shape.name(), Integer.MAX_VALUE) <= depth) {
            return;
        }
        walked.put(shape.name(), depth);
        if (isList) {
            collect(model, model.target(shape.listMember()), depth + 1, users, walked);
        } else {
            collect(model, model.target(shape.mapKey()), depth + 1, users, walked);
            collect(model, model.target(shape.mapValue()), depth + 1, users, walked);
        }
    }

    /** The expression generated code uses for a string shape's pattern: {@code Patterns.name()}. */
    CodeBlock reference(Shape shape) {
        Accessor a = byKey.get(ResolvedModel.patternKey(shape));
        if (a == null) {
            throw new IllegalStateException("pattern of " + shape.name() + " missing from the pattern table");
        }
        return CodeBlock.of("$T.$L()", a.holder(), a.method());
    }

    /** The holders and their accessors, in name order; empty when no pattern is checked. */
    Map<ClassName, List<Accessor>> holders() {
        return holders;
    }

    /** The automata of the accessors' patterns, compiled when first asked for. */
    CompiledPatterns automata() {
        return automata;
    }
}
