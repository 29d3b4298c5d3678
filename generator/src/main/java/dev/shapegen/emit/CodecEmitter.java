package dev.shapegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.resolve.TimestampFormat;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Emits the streaming JSON code of records and unions: a static {@code readJson} that reads from a
 * {@code JsonParser} with a switch on member names, a {@code writeJson} that writes each member in model order, and
 * the annotations that make a plain {@code ObjectMapper} use them. Reading and writing go through the runtime
 * {@code JsonReading} and {@code JsonWriting} helpers, so each member costs one line each way.
 */
final class CodecEmitter {
    static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    private static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    private static final ClassName MAPPING_EXCEPTION =
            ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException");

    private final Types types;
    private final ClassName json;
    private final ClassName reading;
    private final ClassName writing;

    CodecEmitter(Types types) {
        this.types = types;
        this.json = types.runtime("Json");
        this.reading = types.runtime("JsonReading");
        this.writing = types.runtime("JsonWriting");
    }

    /** {@code @JsonSerialize} and {@code @JsonDeserialize} naming the streaming code, and the writable interface. */
    void annotate(TypeSpec.Builder type, ClassName self) {
        type.addAnnotation(AnnotationSpec.builder(Annotations.JSON_SERIALIZE)
                        .addMember("using", "$T.class", json.nestedClass("Serializer")).build())
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_DESERIALIZE)
                        .addMember("using", "$T.class", self.nestedClass("JsonReader")).build())
                .addSuperinterface(json.nestedClass("Writable"));
    }

    /** The nested deserializer class that Jackson instantiates; it only points at {@code readJson}. */
    TypeSpec jsonReader(ClassName self) {
        return TypeSpec.classBuilder(self.nestedClass("JsonReader"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(json.nestedClass("Deserializer"), self))
                .addJavadoc("Lets a plain {@code ObjectMapper} read this type through {@link $T#readJson}.\n", self)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Used by Jackson.\n").addStatement("super($T.class, $T::readJson)", self, self)
                        .build())
                .build();
    }

    /** {@code readJson} of a record: member values go straight into a builder's fields. */
    MethodSpec readRecord(Shape shape, ClassName self, ClassName builder) {
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN).addStatement("return null")
                .endControlFlow()
                .addStatement("$T b = new $T()", builder, builder)
                .beginControlFlow("for (String name = $T.firstMember(p, $T.class); name != null; "
                        + "name = $T.nextMember(p))", json, self, json);
        if (shape.members().isEmpty()) {
            body.addStatement("p.skipChildren()");
        } else {
            body.beginControlFlow("try").beginControlFlow("switch (name)");
            for (Member m : shape.members().values()) {
                body.add("case $S -> b.$L = $L;\n", wire(shape, m), types.names().member(shape.name(), m.name()),
                        read(types.model().target(m), "p", 0));
            }
            body.addStatement("default -> p.skipChildren()").endControlFlow()
                    .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
                    .addStatement("throw $T.at(e, $T.class, name)", json, self).endControlFlow();
        }
        body.endControlFlow().addStatement("return b.build()");
        return readJson(self).addCode(body.build()).build();
    }

    /** {@code writeJson} of a record: one line per member, absent members left out. */
    MethodSpec writeRecord(Shape shape) {
        MethodSpec.Builder write = writeJson().addStatement("g.writeStartObject(this)");
        for (Member m : shape.members().values()) {
            write.addStatement("$L", field(m, wire(shape, m), CodeBlock.of("this.$L",
                    types.names().member(shape.name(), m.name()))));
        }
        return write.addStatement("g.writeEndObject()").build();
    }

    /** {@code readJson} of a union, with the member switch handed to the runtime as a lambda. */
    MethodSpec readUnion(Shape shape, ClassName self, ClassName unknown) {
        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("return $T.readUnion(p, $T.class, (name, q) -> "
                + "switch (name)", json, self);
        for (Member m : shape.members().values()) {
            ClassName variant = self.nestedClass(types.names().variant(shape.name(), m.name()));
            cases.add("case $S -> new $T($L);\n", wire(shape, m), variant, read(types.model().target(m), "q", 0));
        }
        cases.add("default -> null;\n").unindent().add("}, $T::new);\n", unknown);
        return readJson(self).addCode(cases.build()).build();
    }

    /** {@code writeJson} of a union variant: an object with one member. */
    MethodSpec writeVariant(Member m, String wire) {
        return writeJson().addStatement("g.writeStartObject(this)")
                .addStatement("$L", field(m, wire, CodeBlock.of("this.value"))).addStatement("g.writeEndObject()")
                .build();
    }

    /** {@code writeJson} of a union member this code does not know: written back as it came. */
    MethodSpec writeUnknown() {
        return writeJson().addStatement("g.writeStartObject(this)")
                .addStatement("$T.field(g, this.name, this.value)", writing).addStatement("g.writeEndObject()").build();
    }

    private MethodSpec.Builder readJson(ClassName self) {
        return MethodSpec.methodBuilder("readJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(PARSER, "p").addException(IOException.class)
                .addJavadoc("Reads a value from JSON. Members this code does not know are skipped.\n\n"
                        + "@param p the parser, on the value's first token; left on its last token\n"
                        + "@return the value, or null for JSON {@code null}\n"
                        + "@throws IOException when the JSON does not fit; the error's path names the member\n");
    }

    private MethodSpec.Builder writeJson() {
        return MethodSpec.methodBuilder("writeJson").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(GENERATOR, "g").addException(IOException.class);
    }

    /** The statement writing one member, which leaves it out when null. */
    private CodeBlock field(Member m, String wire, CodeBlock value) {
        Shape target = types.model().target(m);
        if (Types.isCollection(target) || target.type() == dev.shapegen.model.ShapeType.TIMESTAMP) {
            return CodeBlock.of("$T.field(g, $S, $L, $L)", writing, wire, value,
                    writer(target, types.model().timestampFormat(m), 0));
        }
        return CodeBlock.of("$T.field(g, $S, $L)", writing, wire, value);
    }

    /** An expression reading a value of this shape at the parser named {@code p}. */
    private CodeBlock read(Shape shape, String p, int depth) {
        return switch (shape.type()) {
            case LIST -> CodeBlock.of("$T.readList($L, $L)", reading, p,
                    reader(types.model().target(shape.listMember()), depth + 1));
            case MAP -> CodeBlock.of("$T.readMap($L, $L)", reading, p,
                    reader(types.model().target(shape.mapValue()), depth + 1));
            case STRING -> shape.isEnum()
                    ? CodeBlock.of("$T.readEnum($L, $T::fromValue)", reading, p, types.of(shape))
                    : CodeBlock.of("$T.readString($L)", reading, p);
            case STRUCTURE -> shape.isDocument() ? CodeBlock.of("$T.readDocument($L)", reading, p)
                    : CodeBlock.of("$T.readJson($L)", types.of(shape), p);
            default -> CodeBlock.of("$T.$L($L)", reading, scalarReader(shape), p);
        };
    }

    /** A {@code Json.Reader} for values of this shape: a method reference where one fits, else a lambda. */
    private CodeBlock reader(Shape shape, int depth) {
        return switch (shape.type()) {
            case STRUCTURE -> shape.isDocument() ? CodeBlock.of("$T::readDocument", reading)
                    : CodeBlock.of("$T::readJson", types.of(shape));
            case LIST, MAP -> lambda("$p" + depth, read(shape, "$p" + depth, depth));
            case STRING -> shape.isEnum() ? lambda("$p" + depth, read(shape, "$p" + depth, depth))
                    : CodeBlock.of("$T::readString", reading);
            default -> CodeBlock.of("$T::$L", reading, scalarReader(shape));
        };
    }

    /** A {@code Json.Writer} for values of this shape; timestamps, at any depth, in the member's format. */
    private CodeBlock writer(Shape shape, TimestampFormat format, int depth) {
        String g = "$g" + depth;
        String v = "$v" + depth;
        return switch (shape.type()) {
            case LIST -> CodeBlock.of("($L, $L) -> $T.writeList($L, $L, $L)", g, v, writing, g, v,
                    writer(types.model().target(shape.listMember()), format, depth + 1));
            case MAP -> CodeBlock.of("($L, $L) -> $T.writeMap($L, $L, $L)", g, v, writing, g, v,
                    writer(types.model().target(shape.mapValue()), format, depth + 1));
            case STRING -> CodeBlock.of("$T::$L", writing, shape.isEnum() ? "writeEnum" : "writeString");
            case STRUCTURE -> CodeBlock.of("$T::$L", writing, shape.isDocument() ? "writeDocument" : "writeObject");
            case BOOLEAN -> CodeBlock.of("$T::writeBoolean", writing);
            case BLOB -> CodeBlock.of("$T::writeBlob", writing);
            case TIMESTAMP -> CodeBlock.of("$T::$L", writing, switch (format) {
                case EPOCH_SECONDS -> "writeEpochSeconds";
                case ISO_8601 -> "writeIso8601";
                case RFC_822 -> "writeRfc822";
            });
            default -> CodeBlock.of("$T::writeNumber", writing);
        };
    }

    private static CodeBlock lambda(String param, CodeBlock body) {
        return CodeBlock.of("$L -> $L", param, body);
    }

    private static String scalarReader(Shape shape) {
        return switch (shape.type()) {
            case INTEGER -> "readInteger";
            case LONG -> "readLong";
            case SHORT -> "readShort";
            case BYTE -> "readByte";
            case FLOAT -> "readFloat";
            case DOUBLE -> "readDouble";
            case BIG_DECIMAL -> "readBigDecimal";
            case BIG_INTEGER -> "readBigInteger";
            case BOOLEAN -> "readBoolean";
            case TIMESTAMP -> "readTimestamp";
            case BLOB -> "readBlob";
            default -> throw new IllegalArgumentException("not a scalar: " + shape.type());
        };
    }

    private String wire(Shape shape, Member m) {
        return types.names().wire(shape.name(), m.name());
    }
}
