package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import dev.shapegen.naming.NameTable;
import dev.shapegen.resolve.ResolvedModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The mapping from shapes to Java types, shared by all emitters of one run. */
public final class Types {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);

    private final ResolvedModel model;
    private final NameTable names;
    private final PatternTable patterns;

    public Types(ResolvedModel model, NameTable names) {
        this.model = model;
        this.names = names;
        this.patterns = PatternTable.of(model, names);
    }

    public ResolvedModel model() {
        return model;
    }

    public NameTable names() {
        return names;
    }

    /** The patterns generated types check, each with its accessor in the runtime's pattern holders. */
    PatternTable patterns() {
        return patterns;
    }

    public ClassName runtime(String simpleName) {
        return names.runtime(simpleName);
    }

    /** The Java type of a value of this shape: boxed numbers, {@code Instant}, the runtime blob and document. */
    public TypeName of(Shape shape) {
        return of(model, names, shape);
    }

    /** {@link #of(Shape)}, for checks that run before the emitters. */
    public static TypeName of(ResolvedModel model, NameTable names, Shape shape) {
        return switch (shape.type()) {
            case STRUCTURE -> shape.isDocument() ? names.runtime("Document") : names.type(shape.name());
            case LIST -> ParameterizedTypeName.get(LIST, of(model, names, model.target(shape.listMember())));
            case MAP -> ParameterizedTypeName.get(MAP, ClassName.get(String.class),
                    of(model, names, model.target(shape.mapValue())));
            case STRING -> shape.isEnum() ? names.type(shape.name()) : ClassName.get(String.class);
            case INTEGER -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case SHORT -> ClassName.get(Short.class);
            case BYTE -> ClassName.get(Byte.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
            case BIG_INTEGER -> ClassName.get(BigInteger.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case TIMESTAMP -> ClassName.get(Instant.class);
            case BLOB -> names.runtime("Blob");
        };
    }

    public TypeName of(Member member) {
        return of(model.target(member));
    }

    /**
     * Whether a structure or union refers to a deprecated generated type (directly or inside lists and maps), so
     * that its own code would make javac report deprecation.
     */
    public boolean referencesDeprecated(Shape shape) {
        for (Member m : shape.members().values()) {
            if (holdsDeprecated(model.target(m), 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsDeprecated(Shape shape, int depth) {
        if (shape.isGeneratedType() && shape.has(dev.shapegen.model.ShapeFlag.DEPRECATED)) {
            return true;
        }
        return depth < 16 && switch (shape.type()) {
            case LIST -> holdsDeprecated(model.target(shape.listMember()), depth + 1);
            case MAP -> holdsDeprecated(model.target(shape.mapValue()), depth + 1);
            default -> false;
        };
    }

    /**
     * An expression that makes an unmodifiable deep copy of {@code expr} (lists and maps, at any depth), or
     * {@code expr} itself for values that are already immutable.
     */
    public CodeBlock copyOf(Shape shape, CodeBlock expr) {
        return copyOf(shape, expr, 0);
    }

    private CodeBlock copyOf(Shape shape, CodeBlock expr, int depth) {
        ClassName copies = runtime("Copies");
        Shape inner = shape.type() == ShapeType.LIST ? model.target(shape.listMember())
                : shape.type() == ShapeType.MAP ? model.target(shape.mapValue()) : null;
        if (inner == null) {
            return expr;
        }
        String method = shape.type() == ShapeType.LIST ? "list" : "map";
        if (!isCollection(inner)) {
            return CodeBlock.of("$T.$L($L)", copies, method, expr);
        }
        // '$' keeps lambda parameters apart from component names, which never contain it.
        String param = "$e" + depth;
        return CodeBlock.of("$T.$LWith($L, $L -> $L)", copies, method, expr, param,
                copyOf(inner, CodeBlock.of("$L", param), depth + 1));
    }

    /** Whether a value of this shape is a map or a list (of lists) of maps: one whose copy refuses null keys. */
    public boolean holdsMap(Shape shape) {
        Shape s = shape;
        for (int depth = 0; s.type() == ShapeType.LIST && depth < 64; depth++) {
            s = model.target(s.listMember());
        }
        return s.type() == ShapeType.MAP;
    }

    public static boolean isCollection(Shape shape) {
        return shape.type() == ShapeType.LIST || shape.type() == ShapeType.MAP;
    }
}
