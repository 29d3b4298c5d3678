package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits a union as a sealed interface with one record per member, each holding the member's value, plus
 * {@code Unknown} for a member this code does not know (kept with its JSON, written back unchanged).
 */
public final class UnionEmitter {
    private final Types types;

    public UnionEmitter(Types types) {
        this.types = types;
    }

    public JavaFile emit(Shape shape) {
        ClassName self = types.names().type(shape.name());
        ClassName unknown = self.nestedClass("Unknown");
        ValidatorEmitter validator = new ValidatorEmitter(types);
        TypeSpec.Builder union = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        Annotations.common(union, shape, types, "The " + shape.name() + " union of the service model.");
        union.addJavadoc("\n<p>Exactly one member is set; each member is a record nested here. A member this code "
                + "does not know is read as {@link Unknown} and written back unchanged.\n");
        CodecEmitter codec = new CodecEmitter(types);
        codec.annotate(union);
        union.addMethod(MethodSpec.methodBuilder("memberName").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(String.class).addJavadoc("Returns the wire name of the member that is set.\n\n"
                        + "@return the member name, as in the service model\n").build());
        union.addSuperinterface(types.runtime("Validatable"));

        for (Member m : shape.members().values()) {
            ClassName variant = self.nestedClass(types.names().variant(shape.name(), m.name()));
            union.addPermittedSubclass(variant);
            union.addType(variant(m, types.names().wire(shape.name(), m.name()), variant, self, codec, validator));
        }
        union.addPermittedSubclass(unknown);
        union.addType(unknownVariant(self, unknown, validator, codec));
        union.addMethod(codec.readUnion(shape, self, unknown));
        return JavaFile.builder(self.packageName(), union.build()).skipJavaLangImports(true).build();
    }

    private TypeSpec variant(Member m, String wire, ClassName variant, ClassName self, CodecEmitter codec,
            ValidatorEmitter validator) {
        Shape target = types.model().target(m);
        String doc = m.documentation() == null ? "" : JavadocText.fromHtml(m.documentation());
        TypeSpec.Builder r = TypeSpec.recordBuilder(variant).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .addJavadoc("The {@code $L} member.$L\n", wire, doc.isEmpty() ? "" : "\n\n<p>" + doc)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(types.of(m), "value")
                                .addJavadoc("the member's value, not null").build()).build());
        CodeBlock.Builder check = CodeBlock.builder().addStatement("$T.requireNonNull(value, $S)", Objects.class,
                "value");
        if (Types.isCollection(target)) {
            check.addStatement("value = $L", types.copyOf(target, CodeBlock.of("value")));
        }
        r.addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks that the value is set; copies lists and maps.\n\n@param value the member's value\n")
                .addCode(check.build()).build());
        if (m.deprecated()) {
            r.addAnnotation(Deprecated.class);
        }
        r.addMethod(memberName(wire));
        r.addMethod(codec.writeVariant(m, wire));
        r.addMethod(validator.variantWalk(m, wire));
        if (types.model().isSensitive(m)) {
            r.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(String.class)
                    .addJavadoc("Hides the sensitive value.\n\n@return the variant name and {@code ***}\n")
                    .addStatement("return $S", variant.simpleName() + "[value=***]").build());
        }
        return r.build();
    }

    private TypeSpec unknownVariant(ClassName self, ClassName unknown, ValidatorEmitter validator,
            CodecEmitter codec) {
        ClassName document = types.runtime("Document");
        return TypeSpec.recordBuilder(unknown).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(self)
                .addJavadoc("A member this version of the model does not know, kept as it came.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(String.class, "name").addJavadoc("the member's wire name")
                                .build())
                        .addParameter(ParameterSpec.builder(document, "value").addJavadoc("the member's JSON value")
                                .build()).build())
                .addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Checks that both parts are set.\n\n@param name the member's wire name\n"
                                + "@param value the member's JSON value\n")
                        .addStatement("$T.requireNonNull(name, $S)", Objects.class, "name")
                        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value").build())
                .addMethod(MethodSpec.methodBuilder("memberName").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return name").build())
                .addMethod(codec.writeUnknown())
                .addMethod(validator.emptyWalk())
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("The member's name only: a member this code does not know may be one that a newer "
                                + "model marks sensitive.\n")
                        .addStatement("return $S + name + $S", "Unknown[name=", "]").build())
                .build();
    }

    private static MethodSpec memberName(String wireName) {
        return MethodSpec.methodBuilder("memberName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $L", Literals.string(wireName)).build();
    }
}
