package dev.shapegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.model.Shape;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits an enum string as a forward-compatible value class: one constant per known value, {@code fromValue} that
 * keeps any other value as it came (a newer model's value reads, compares and writes back unchanged), and a nested
 * Java {@code enum Known} to {@code switch} over.
 */
public final class EnumEmitter {
    private static final String UNRECOGNIZED = "UNRECOGNIZED";

    private final Types types;

    public EnumEmitter(Types types) {
        this.types = types;
    }

    public JavaFile emit(Shape shape) {
        ClassName self = types.names().type(shape.name());
        ClassName known = self.nestedClass("Known");
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        Annotations.common(type, shape, types, "The " + shape.name() + " values of the service model.");
        type.addJavadoc("\n<p>Values this code does not know are kept as they came: see {@link #fromValue(String)}."
                + " To {@code switch}, use {@link #known()}.\n");

        TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values known to this version of the model, for {@code switch}; {@code $L} stands for "
                        + "any other value.\n", UNRECOGNIZED);
        CodeBlock.Builder all = CodeBlock.builder();
        for (String value : shape.enumValues()) {
            String constant = types.names().constant(shape.name(), value);
            type.addField(FieldSpec.builder(self, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", describe(value))
                    .initializer("new $T($L, $T.$L)", self, Literals.string(value), known, constant).build());
            knownEnum.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L\n", describe(value)).build());
            all.add(all.isEmpty() ? "$L" : ", $L", constant);
        }
        knownEnum.addEnumConstant(UNRECOGNIZED, TypeSpec.anonymousClassBuilder("")
                .addJavadoc("A value that this version of the model does not know.\n").build());

        var listType = ParameterizedTypeName.get(Types.LIST, self);
        var mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
        type.addField(FieldSpec.builder(listType, "all", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, all.build()).build());
        type.addField(FieldSpec.builder(mapType, "byValue", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.byValue(all)", types.runtime("Json")).build());
        type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value").addParameter(known, "known")
                .addStatement("this.value = value").addStatement("this.known = known").build());
        type.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
                .returns(self).addParameter(String.class, "value")
                .addJavadoc("Returns the value for a wire string. Never fails for a non-null string: a value this code "
                        + "does not know is kept as it came, {@link #isKnown()} is false for it, and it is written back "
                        + "unchanged.\n\n@param value the wire value\n@return the known constant, or a new value that "
                        + "holds the string\n@throws NullPointerException if {@code value} is null\n")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                .addStatement("$T found = byValue.get(value)", self)
                .addStatement("return found != null ? found : new $T(value, $T.$L)", self, known, UNRECOGNIZED)
                .build());
        type.addSuperinterface(types.runtime("Json").nestedClass("EnumValue"));
        type.addMethod(MethodSpec.methodBuilder("value").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addAnnotation(Annotations.JSON_VALUE)
                .addJavadoc("Returns the value as written on the wire.\n\n@return the wire string\n")
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("known").addModifiers(Modifier.PUBLIC).returns(known)
                .addJavadoc("Returns the Java enum constant for {@code switch}.\n\n@return the constant, or "
                        + "{@link Known#$L} for a value this code does not know\n", UNRECOGNIZED)
                .addStatement("return known").build());
        type.addMethod(MethodSpec.methodBuilder("isKnown").addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addJavadoc("Tells whether this version of the model knows the value.\n\n"
                        + "@return true for the values listed in this class\n")
                .addStatement("return known != $T.$L", known, UNRECOGNIZED).build());
        type.addMethod(MethodSpec.methodBuilder("knownValues").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(listType).addJavadoc("Returns the values this version of the model knows.\n\n"
                        + "@return the known values, in model order\n")
                .addStatement("return all").build());
        type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(boolean.class).addParameter(Object.class, "o")
                .addStatement("return o instanceof $T other && value.equals(other.value)", self).build());
        type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(int.class).addStatement("return value.hashCode()").build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("Returns the wire value.\n\n@return the wire string\n").addStatement("return value")
                .build());
        type.addType(knownEnum.build());
        return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    /** Javadoc naming a wire value; doclint rejects an empty {@code <code>} element. */
    private static String describe(String value) {
        return value.isEmpty() ? "The empty value." : "The value <code>" + javadocLiteral(value) + "</code>.";
    }

    /** Escapes a wire value for a {@code <code>} element in Javadoc. */
    static String javadocLiteral(String value) {
        StringBuilder sb = new StringBuilder();
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '@' -> sb.append("&#64;");
                case '/' -> sb.append("&#47;");
                case '\\' -> sb.append("&#92;");
                case '{' -> sb.append("&#123;");
                case '}' -> sb.append("&#125;");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append("&#").append(c).append(';');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
