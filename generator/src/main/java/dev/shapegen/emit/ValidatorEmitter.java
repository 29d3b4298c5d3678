package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the validation code of one generated type: the walk over its members that checks every constraint of the
 * model (required, length, size, range, pattern, enum membership), deep. The shared checks live once per package
 * in the runtime's {@code Validation}; here only the calls are generated, one per member for nearly every shape
 * (the checks skip null values themselves, lists and maps of structures and strings included), so a type costs javac
 * little to compile. Patterns are referred to in the runtime's holders ({@link PatternTable}), where each is
 * written once for the package.
 */
final class ValidatorEmitter {
    private final Types types;

    ValidatorEmitter(Types types) {
        this.types = types;
    }

    /**
     * Checks per method, counted as a call each and three per level of a list or map walked in a loop: a method
     * holds at most 64 KiB of code, and a loop level takes up to about 95 bytes, a call about 25.
     */
    private static final int UNITS_PER_METHOD = 1_500;
    /** How deep into lists and maps the walk checks values. */
    private static final int MAX_DEPTH = 16;

    /**
     * The walk for a record: {@code validate(Validation v)}. Components are read as {@code this.x}. A walk too long
     * for one method (hundreds of members of nested lists) calls helpers {@code validate$0}, {@code validate$1}, ...,
     * whose names no member can take.
     */
    List<MethodSpec> recordWalk(Shape shape) {
        List<CodeBlock.Builder> chunks = new ArrayList<>(List.of(CodeBlock.builder()));
        int units = 0;
        for (Member m : shape.members().values()) {
            int weight = 1 + 3 * loopLevels(types.model().target(m), 0);
            if (units > 0 && units + weight > UNITS_PER_METHOD) {
                chunks.add(CodeBlock.builder());
                units = 0;
            }
            units += weight;
            CodeBlock.Builder body = chunks.get(chunks.size() - 1);
            String field = "this." + types.names().member(shape.name(), m.name());
            String wire = types.names().wire(shape.name(), m.name());
            if (shape.required().contains(m.name())) {
                body.addStatement("v.required($L, $L)", Literals.string(wire), field);
            }
            member(body, m, wire, field);
        }
        if (chunks.size() == 1) {
            return List.of(walk(chunks.get(0).build()).addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
                    .build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int i = 0; i < chunks.size(); i++) {
            MethodSpec helper = walk("validate$" + i, chunks.get(i).build()).addModifiers(Modifier.PRIVATE).build();
            calls.addStatement("$N(v)", helper);
            methods.add(helper);
        }
        methods.add(0, walk(calls.build()).addModifiers(Modifier.PUBLIC).addAnnotation(Override.class).build());
        return methods;
    }

    /** Levels of lists and maps under a value, at most as deep as the walk goes ({@link #needsCheck}). */
    private int loopLevels(Shape shape, int depth) {
        if (depth > MAX_DEPTH || (shape.type() != ShapeType.LIST && shape.type() != ShapeType.MAP)) {
            return 0;
        }
        return 1 + loopLevels(types.model().target(shape.type() == ShapeType.LIST ? shape.listMember()
                : shape.mapValue()), depth + 1);
    }

    /** The walk for a union variant holding {@code value} for the given member. */
    MethodSpec variantWalk(Member member, String wireName) {
        CodeBlock.Builder body = CodeBlock.builder();
        member(body, member, wireName, "this.value");
        return walk(body.build()).addModifiers(Modifier.PUBLIC).addAnnotation(Override.class).build();
    }

    /** An empty walk, for the variant that holds a member this code does not know. */
    MethodSpec emptyWalk() {
        return walk(CodeBlock.builder().addStatement("// Nothing is known about this member's constraints.").build())
                .addModifiers(Modifier.PUBLIC).addAnnotation(Override.class).build();
    }

    private MethodSpec.Builder walk(CodeBlock body) {
        return walk("validate", body);
    }

    private MethodSpec.Builder walk(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addParameter(types.runtime("Validation"), "v")
                .addCode(body);
    }

    /**
     * Emits the checks of a member's value; those of a sensitive one between {@code v.hide()} and {@code v.show()},
     * so that its violations do not show what {@code toString()} hides.
     */
    private void member(CodeBlock.Builder body, Member m, String wire, String expr) {
        CodeBlock.Builder checks = CodeBlock.builder();
        value(checks, types.model().target(m), wire, expr, 0);
        if (checks.isEmpty()) {
            return;
        }
        boolean sensitive = types.model().isSensitive(m);
        if (sensitive) {
            body.addStatement("v.hide()");
        }
        body.add(checks.build());
        if (sensitive) {
            body.addStatement("v.show()");
        }
    }

    /**
     * Emits the checks of one value: one call of the runtime's null-tolerant checks where one fits (nearly always),
     * else a block guarded by a null test. {@code member} is the wire name the value sits under, or null for list
     * elements and map values (whose path is already entered).
     */
    private void value(CodeBlock.Builder b, Shape shape, String member, String expr, int depth) {
        if (!needsCheck(shape, depth)) {
            return;
        }
        CodeBlock call = call(shape, member, expr, depth);
        if (call != null) {
            b.addStatement("$L", call);
            return;
        }
        b.beginControlFlow("if ($L != null)", expr);
        switch (shape.type()) {
            case STRING -> b.addStatement("$L", string(shape, member, expr + ".value()"))
                    .addStatement("$L", known(shape, member, expr));
            case LIST, MAP -> collection(b, shape, member, expr, depth);
            default -> b.addStatement("v.range($L, new $T($L.toString()), $L, $L)", Literals.string(member),
                    BigDecimal.class, expr, Bounds.decimal(shape.min()), Bounds.decimal(shape.max()));
        }
        b.endControlFlow();
    }

    /** The one call that checks a value of this shape, or null where none fits. */
    private CodeBlock call(Shape shape, String member, String expr, int depth) {
        CodeBlock m = Literals.string(member);
        return switch (shape.type()) {
            case STRING -> !shape.isEnum() ? string(shape, member, expr)
                    : hasLengthOrPattern(shape) ? null : known(shape, member, expr);
            case STRUCTURE -> CodeBlock.of("v.nested($L, $L)", m, expr);
            case BLOB -> CodeBlock.of("v.bytes($L, $L, $L)", m, expr, Bounds.of(shape));
            case FLOAT, DOUBLE -> CodeBlock.of("v.doubleRange($L, $L, $L, $L)", m, expr,
                    shape.min() == null ? CodeBlock.of("$T.NEGATIVE_INFINITY", Double.class)
                            : CodeBlock.of("$Ld", shape.min().toPlainString()),
                    shape.max() == null ? CodeBlock.of("$T.POSITIVE_INFINITY", Double.class)
                            : CodeBlock.of("$Ld", shape.max().toPlainString()));
            case INTEGER, LONG, SHORT, BYTE -> CodeBlock.of("v.longRange($L, $L, $L)", m, expr, Bounds.of(shape));
            case LIST -> listCall(shape, m, expr, depth);
            case MAP -> mapCall(shape, m, expr, depth);
            default -> null;
        };
    }

    private CodeBlock listCall(Shape shape, CodeBlock m, String expr, int depth) {
        Shape element = types.model().target(shape.listMember());
        if (!needsCheck(element, depth + 1)) {
            return CodeBlock.of("v.listSize($L, $L, $L)", m, expr, Bounds.of(shape));
        }
        if (element.type() == ShapeType.STRUCTURE) {
            return CodeBlock.of("v.list($L, $L, $L)", m, expr, Bounds.of(shape));
        }
        if (element.type() == ShapeType.STRING && !element.isEnum()) {
            return CodeBlock.of("v.strings($L, $L, $L, $L)", m, expr, Bounds.of(shape), lengthAndPattern(element));
        }
        if (element.isEnum() && !hasLengthOrPattern(element)) {
            return CodeBlock.of("v.enums($L, $L, $L, $T.knownValues())", m, expr, Bounds.of(shape),
                    types.names().type(element.name()));
        }
        return null;
    }

    private CodeBlock mapCall(Shape shape, CodeBlock m, String expr, int depth) {
        // Map keys are plain strings in Java (even for enum keys), so only their length and pattern are checked.
        Shape key = types.model().target(shape.mapKey());
        Shape value = types.model().target(shape.mapValue());
        boolean checkValues = needsCheck(value, depth + 1);
        if (!checkValues && !hasLengthOrPattern(key)) {
            return CodeBlock.of("v.mapSize($L, $L, $L)", m, expr, Bounds.of(shape));
        }
        if (checkValues && value.type() == ShapeType.STRUCTURE) {
            return CodeBlock.of("v.map($L, $L, $L, $L)", m, expr, Bounds.of(shape), lengthAndPattern(key));
        }
        if (value.type() == ShapeType.STRING && !value.isEnum()) {
            return CodeBlock.of("v.stringMap($L, $L, $L, $L, $L)", m, expr, Bounds.of(shape), lengthAndPattern(key),
                    checkValues ? lengthAndPattern(value) : CodeBlock.of("$L, $L, null", Bounds.bound(null, true),
                            Bounds.bound(null, false)));
        }
        return null;
    }

    private CodeBlock string(Shape shape, String member, String expr) {
        return CodeBlock.of("v.string($L, $L, $L)", Literals.string(member), expr, lengthAndPattern(shape));
    }

    private CodeBlock known(Shape shape, String member, String expr) {
        return CodeBlock.of("v.known($L, $L, $T.knownValues())", Literals.string(member), expr,
                types.names().type(shape.name()));
    }

    /** {@code min, max, pattern} of a string: its length bounds and its pattern's accessor, or null. */
    private CodeBlock lengthAndPattern(Shape shape) {
        CodeBlock pattern = types.model().checkedPattern(shape) == null ? CodeBlock.of("null")
                : types.patterns().reference(shape);
        return CodeBlock.of("$L, $L", Bounds.of(shape), pattern);
    }

    private boolean hasLengthOrPattern(Shape shape) {
        return shape.min() != null || shape.max() != null || types.model().checkedPattern(shape) != null;
    }

    /**
     * The checks of a list or map that no single call covers (nested collections, numbers and constrained enums
     * inside them, maps of those): a loop over the elements, each checked as a value of its own.
     */
    private void collection(CodeBlock.Builder b, Shape shape, String member, String expr, int depth) {
        if (shape.min() != null || shape.max() != null) {
            b.addStatement("v.size($L, $L.size(), $L)", Literals.string(member), expr, Bounds.of(shape));
        }
        boolean isList = shape.type() == ShapeType.LIST;
        Shape element = types.model().target(isList ? shape.listMember() : shape.mapValue());
        Shape key = isList ? null : types.model().target(shape.mapKey());
        boolean checkElements = needsCheck(element, depth + 1);
        boolean checkKeys = key != null && hasLengthOrPattern(key);
        if (!checkElements && !checkKeys) {
            return;
        }
        if (member != null) {
            b.addStatement("v.enter($L)", Literals.string(member));
        }
        String e = "$e" + depth;
        if (isList) {
            String i = "$i" + depth;
            b.beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", i, i, expr, i)
                    .addStatement("$T $L = $L.get($L)", types.of(element), e, expr, i)
                    .addStatement("v.enterIndex($L)", i);
            value(b, element, null, e, depth + 1);
        } else {
            TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                    types.of(element));
            String en = "$en" + depth;
            b.beginControlFlow("for ($T $L : $L.entrySet())", entry, en, expr)
                    .addStatement("v.enterKey($L.getKey())", en);
            if (checkKeys) {
                b.addStatement("v.key($L.getKey(), $L)", en, lengthAndPattern(key));
            }
            if (checkElements) {
                b.addStatement("$T $L = $L.getValue()", types.of(element), e, en);
                value(b, element, null, e, depth + 1);
            }
        }
        b.addStatement("v.exit()").endControlFlow();
        if (member != null) {
            b.addStatement("v.exit()");
        }
    }

    /** Whether a value of this shape has anything to check; structures are always walked. */
    private boolean needsCheck(Shape shape, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        return switch (shape.type()) {
            case STRUCTURE -> !shape.isDocument();
            case STRING -> shape.isEnum() || shape.min() != null || shape.max() != null
                    || types.model().checkedPattern(shape) != null;
            // Always: a list or map may hold a null, which the service takes nowhere (no AWS model marks one sparse).
            case LIST, MAP -> true;
            case BOOLEAN, TIMESTAMP -> false;
            default -> shape.min() != null || shape.max() != null;
        };
    }
}
