package dev.shapegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import java.util.Collections;
import java.util.Map;
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
        ClassName reader = self.nestedClass("JsonReader");
        ClassName unknown = self.nestedClass("Unknown");
        ValidatorEmitter validator = new ValidatorEmitter(types);
        TypeSpec.Builder union = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        Annotations.common(union, shape, types, "The " + shape.name() + " union of the service model.");
        union.addJavadoc("\n<p>Exactly one member is set; each member is a record nested here. A member this code "
                + "does not know is read as {@link Unknown} and written back unchanged.\n");
        union.addAnnotation(AnnotationSpec.builder(Annotations.JSON_DESERIALIZE)
                .addMember("using", "$T.class", reader).build());
        union.addMethod(MethodSpec.methodBuilder("memberName").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(String.class).addJavadoc("Returns the wire name of the member that is set.\n\n"
                        + "@return the member name, as in the service model\n").build());
        union.addSuperinterface(types.runtime("Validatable"));

        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (name)");
        boolean uncheckedCasts = false;
        for (Member m : shape.members().values()) {
            uncheckedCasts |= types.holdsTimestamps(types.model().target(m)) && Types.isCollection(types.model().target(m));
            ClassName variant = self.nestedClass(types.names().variant(shape.name(), m.name()));
            union.addPermittedSubclass(variant);
            String wire = types.names().wire(shape.name(), m.name());
            union.addType(variant(m, wire, variant, self));
            cases.add("case $L:\n", Literals.string(wire)).indent()
                    .addStatement("return new $T($L)", variant, read(m)).unindent();
        }
        cases.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
        union.addPermittedSubclass(unknown);
        union.addType(unknownVariant(self, unknown, validator));
        union.addType(reader(self, reader, unknown, cases.build(), uncheckedCasts));
        return JavaFile.builder(self.packageName(), union.build()).build();
    }

    private TypeSpec variant(Member m, String wire, ClassName variant, ClassName self) {
        // Interfaces cannot hold private fields, so each variant keeps its own compiled patterns.
        ValidatorEmitter validator = new ValidatorEmitter(types);
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
        CodeBlock json = types.holdsTimestamps(target)
                ? CodeBlock.of("$T.toJson(value, $S)", types.runtime("Timestamps"),
                        types.model().timestampFormat(m).wireName())
                : CodeBlock.of("value");
        r.addMethod(toJson().addStatement("return $T.singletonMap($L, $L)", Collections.class,
                Literals.string(wire), json).build());
        r.addMethod(validator.variantWalk(m, wire));
        if (types.model().isSensitive(m)) {
            r.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(String.class)
                    .addJavadoc("Hides the sensitive value.\n\n@return the variant name and {@code ***}\n")
                    .addStatement("return $S", variant.simpleName() + "[value=***]").build());
        }
        r.addFields(validator.patternFields());
        return r.build();
    }

    private TypeSpec unknownVariant(ClassName self, ClassName unknown, ValidatorEmitter validator) {
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
                .addMethod(toJson().addStatement("return $T.singletonMap(name, value)", Collections.class).build())
                .addMethod(validator.emptyWalk())
                .build();
    }

    private TypeSpec reader(ClassName self, ClassName reader, ClassName unknown, CodeBlock cases,
            boolean uncheckedCasts) {
        MethodSpec.Builder readMember = MethodSpec.methodBuilder("readMember").addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED).returns(self).addParameter(String.class, "name")
                .addParameter(ClassName.get("com.fasterxml.jackson.core", "JsonParser"), "p")
                .addParameter(ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext"), "ctxt")
                .addException(java.io.IOException.class).addCode(cases);
        if (uncheckedCasts) {
            // Timestamp lists and maps are read as plain lists and maps of Instant; the cast cannot be checked.
            readMember.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return TypeSpec.classBuilder(reader).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(types.runtime("UnionReader"), self))
                .addJavadoc("Reads this union from JSON; used by Jackson through {@code @JsonDeserialize}.\n")
                .addField(com.palantir.javapoet.FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the reader.\n").addStatement("super($T.class)", self).build())
                .addMethod(readMember.build())
                .addMethod(MethodSpec.methodBuilder("unknownMember").addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED).returns(self).addParameter(String.class, "name")
                        .addParameter(types.runtime("Document"), "value")
                        .addStatement("return new $T(name, value)", unknown).build())
                .build();
    }

    /** The expression reading a member's value at the parser's current token. */
    private CodeBlock read(Member m) {
        Shape target = types.model().target(m);
        TypeName type = types.of(m);
        if (types.holdsTimestamps(target)) {
            return CodeBlock.of("($T) $T.read(p, ctxt)", type, types.runtime("Timestamps"));
        }
        if (Types.isCollection(target)) {
            return CodeBlock.of("ctxt.<$T>readValue(p, $L)", type, javaType(target));
        }
        return CodeBlock.of("ctxt.readValue(p, $T.class)", type);
    }

    /** A Jackson {@code JavaType} expression for a generic list or map type. */
    private CodeBlock javaType(Shape shape) {
        if (shape.type() == ShapeType.LIST) {
            return CodeBlock.of("ctxt.getTypeFactory().constructCollectionType($T.class, $L)", java.util.List.class,
                    javaType(types.model().target(shape.listMember())));
        }
        if (shape.type() == ShapeType.MAP) {
            return CodeBlock.of("ctxt.getTypeFactory().constructMapType($T.class, ctxt.constructType($T.class), $L)",
                    java.util.LinkedHashMap.class, String.class, javaType(types.model().target(shape.mapValue())));
        }
        return CodeBlock.of("ctxt.constructType($T.class)", types.of(shape));
    }

    private static MethodSpec memberName(String wireName) {
        return MethodSpec.methodBuilder("memberName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $L", Literals.string(wireName)).build();
    }

    private MethodSpec.Builder toJson() {
        return MethodSpec.methodBuilder("toJson").addAnnotation(Annotations.JSON_VALUE)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(Object.class)))
                .addJavadoc("The JSON form: an object with this one member.\n\n@return the member and its value\n");
    }
}
