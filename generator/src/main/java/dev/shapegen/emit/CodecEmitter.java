package dev.shapegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.ReservedWords;
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

    private static final String READ_DOC =
            "Reads a value from JSON. Members this code does not know are kept, to be written back.";

    private final Types types;
    private final ClassName json;
    private final ClassName reading;
    private final ClassName writing;
    private final ClassName unknown;

    CodecEmitter(Types types) {
        this.types = types;
        this.json = types.runtime("Json");
        this.reading = types.runtime("JsonReading");
        this.writing = types.runtime("JsonWriting");
        this.unknown = types.runtime("UnknownMembers");
    }

    /** {@code @JsonSerialize} and {@code @JsonDeserialize} naming the streaming code, and the writable interface. */
    void annotate(TypeSpec.Builder type) {
        type.addAnnotation(AnnotationSpec.builder(Annotations.JSON_SERIALIZE)
                        .addMember("using", "$T.class", json.nestedClass("Serializer")).build())
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_DESERIALIZE)
                        .addMember("using", "$T.class", json.nestedClass("Deserializer")).build())
                .addSuperinterface(json.nestedClass("Writable"));
    }

    /** {@code readJson} of a record: member values go straight into a builder's fields. */
    MethodSpec readRecord(Shape shape, ClassName self, ClassName builder) {
        Member payload = types.model().jsonPayload(shape);
        if (payload != null) {
            return readPayload(shape, payload, self, builder);
        }
        CodeBlock.Builder body = CodeBlock.builder()
                .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN).addStatement("return null")
                .endControlFlow()
                .addStatement("$T b = new $T()", builder, builder)
                // $T, not "String": a model may have a type named String, and then the name is written qualified.
                .beginControlFlow("for ($T name = $T.firstMember(p, $T.class); name != null; "
                        + "name = $T.nextMember(p))", String.class, json, self, json);
        CodeBlock keep = CodeBlock.of("b.$L = $T.read(b.$L, name, p)", ReservedWords.UNKNOWN_MEMBERS, unknown,
                ReservedWords.UNKNOWN_MEMBERS);
        if (shape.members().isEmpty()) {
            body.addStatement(keep);
        } else {
            body.beginControlFlow("try").beginControlFlow("switch (name)");
            for (Member m : shape.members().values()) {
                body.add("case $L -> b.$L = $L;\n", Literals.string(wire(shape, m)),
                        types.names().member(shape.name(), m.name()),
                        read(types.model().target(m), "p", 0));
            }
            body.addStatement("default -> $L", keep).endControlFlow()
                    .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
                    .addStatement("throw $T.at(e, $T.class, name)", json, self).endControlFlow();
        }
        body.endControlFlow().addStatement("return b.build()");
        return readJson(self, READ_DOC).addCode(body.build()).build();
    }

    /** {@code writeJson} of a record: one line per member, absent members left out. */
    MethodSpec writeRecord(Shape shape) {
        Member payload = types.model().jsonPayload(shape);
        if (payload != null) {
            return writeJson().addJavadoc("Writes the {@code $L} member as the whole JSON (the HTTP body), JSON "
                    + "{@code null} when it is null.\nThe other members travel in the URI and headers.\n",
                    payload.name()).addStatement("$T.writeValue(g, this.$L, $T.Format.EPOCH_SECONDS)", writing,
                    types.names().member(shape.name(), payload.name()), types.runtime("Timestamps")).build();
        }
        MethodSpec.Builder write = writeJson().addStatement("g.writeStartObject(this)");
        for (Member m : shape.members().values()) {
            write.addStatement("$L", field(m, wire(shape, m), CodeBlock.of("this.$L",
                    types.names().member(shape.name(), m.name()))));
        }
        return write.addStatement("$T.write(g, this.$L)", unknown, ReservedWords.UNKNOWN_MEMBERS)
                .addStatement("g.writeEndObject()").build();
    }

    /** {@code readJson} of a record whose HTTP body is one member (its payload): the JSON is that member's. */
    private MethodSpec readPayload(Shape shape, Member payload, ClassName self, ClassName builder) {
        CodeBlock body = CodeBlock.builder()
                .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN).addStatement("return null")
                .endControlFlow()
                .addStatement("$T b = new $T()", builder, builder)
                .addStatement("b.$L = $L", types.names().member(shape.name(), payload.name()),
                        read(types.model().target(payload), "p", 0))
                .addStatement("return b.build()").build();
        return readJson(self, "Reads a value from JSON: the HTTP body, which is the {@code " + payload.name()
                + "} member alone (the model's payload).\nThe other members travel in the URI and headers and are "
                + "left null.").addCode(body).build();
    }

    /** {@code readJson} of a union, with the member switch handed to the runtime as a lambda. */
    MethodSpec readUnion(Shape shape, ClassName self, ClassName unknown) {
        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("return $T.readUnion(p, $T.class, (name, q) -> "
                + "switch (name)", json, self);
        for (Member m : shape.members().values()) {
            ClassName variant = self.nestedClass(types.names().variant(shape.name(), m.name()));
            cases.add("case $L -> new $T($L);\n", Literals.string(wire(shape, m)), variant,
                    read(types.model().target(m), "q", 0));
        }
        cases.add("default -> null;\n").unindent().add("}, $T::new);\n", unknown);
        return readJson(self, READ_DOC).addCode(cases.build()).build();
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
                .addStatement("$T.document(g, this.name, this.value)", writing).addStatement("g.writeEndObject()").build();
    }

    private MethodSpec.Builder readJson(ClassName self, String summary) {
        return MethodSpec.methodBuilder("readJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(PARSER, "p").addException(IOException.class)
                .addJavadoc("$L\n\n"
                        + "@param p the parser, on the value's first token; left on its last token\n"
                        + "@return the value, or null for JSON {@code null}\n"
                        + "@throws $T when the JSON does not fit; the error's path names the member\n",
                        summary, IOException.class);
    }

    private MethodSpec.Builder writeJson() {
        return MethodSpec.methodBuilder("writeJson").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(GENERATOR, "g").addException(IOException.class);
    }

    /**
     * The statement writing one member, which leaves it out when null; timestamps in the member's format. Each kind
     * of value has a writer of its own name, so javac has one method to check per call.
     */
    private CodeBlock field(Member m, String wire, CodeBlock value) {
        Shape target = types.model().target(m);
        if (holdsTimestamps(target)) {
            return CodeBlock.of("$T.timestamps(g, $L, $L, $T.Format.$L)", writing, Literals.string(wire), value,
                    types.runtime("Timestamps"), types.model().timestampFormat(m).name());
        }
        return CodeBlock.of("$T.$L(g, $L, $L)", writing, writer(target), Literals.string(wire), value);
    }

    private static String writer(Shape shape) {
        return switch (shape.type()) {
            case STRING -> shape.isEnum() ? "enumValue" : "string";
            case STRUCTURE -> shape.isDocument() ? "document" : "object";
            case LIST -> "list";
            case MAP -> "map";
            case BOOLEAN -> "bool";
            case BLOB -> "blob";
            case TIMESTAMP -> throw new IllegalArgumentException("timestamps are written with their format");
            default -> "number";
        };
    }

    /** An expression reading a value of this shape at the parser named {@code p}. */
    private CodeBlock read(Shape shape, String p, int depth) {
        return switch (shape.type()) {
            case LIST -> collection("readList", types.model().target(shape.listMember()), p, depth);
            case MAP -> collection("readMap", types.model().target(shape.mapValue()), p, depth);
            case STRING -> shape.isEnum() ? CodeBlock.of("$T.readEnum($L, $T.class)", reading, p, types.of(shape))
                    : CodeBlock.of("$T.readString($L)", reading, p);
            case STRUCTURE -> shape.isDocument() ? CodeBlock.of("$T.readDocument($L)", reading, p)
                    : CodeBlock.of("$T.readJson($L)", types.of(shape), p);
            default -> CodeBlock.of("$T.$L($L)", reading, scalarReader(shape), p);
        };
    }

    /**
     * Reads a list or map. Elements are named by their class, which the runtime maps to a reader once per type (no
     * method reference to compile or link per member); nested lists and maps are read by a lambda, with the
     * {@code With} variant of the method (no overloads: javac infers one method per call).
     */
    private CodeBlock collection(String method, Shape element, String p, int depth) {
        if (Types.isCollection(element)) {
            String inner = "$p" + (depth + 1);
            return CodeBlock.of("$T.$LWith($L, $L -> $L)", reading, method, p, inner, read(element, inner, depth + 1));
        }
        return CodeBlock.of("$T.$L($L, $T.class)", reading, method, p, types.of(element));
    }

    private boolean holdsTimestamps(Shape shape) {
        return switch (shape.type()) {
            case TIMESTAMP -> true;
            case LIST -> holdsTimestamps(types.model().target(shape.listMember()));
            case MAP -> holdsTimestamps(types.model().target(shape.mapValue()));
            default -> false;
        };
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
