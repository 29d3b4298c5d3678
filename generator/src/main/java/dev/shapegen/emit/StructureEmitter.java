package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.ReservedWords;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a structure as an immutable record: components in member order, then the members of the JSON this code does
 * not know ({@link ReservedWords#UNKNOWN_MEMBERS}, kept to be written back), unmodifiable collections, a builder,
 * deep validation, streaming JSON code under the model's member names, and a {@code toString()} that hides sensitive
 * members.
 */
public final class StructureEmitter {
    private static final String UNKNOWN = ReservedWords.UNKNOWN_MEMBERS;

    private final Types types;

    public StructureEmitter(Types types) {
        this.types = types;
    }

    public JavaFile emit(Shape shape) {
        ClassName self = types.names().type(shape.name());
        ValidatorEmitter validator = new ValidatorEmitter(types);
        TypeSpec.Builder record = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC);
        Annotations.common(record, shape, types, "The " + shape.name() + " structure of the service model.");
        CodecEmitter codec = new CodecEmitter(types);
        codec.annotate(record);

        MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
        CodeBlock.Builder copies = CodeBlock.builder();
        for (Member m : shape.members().values()) {
            String name = name(shape, m);
            canonical.addParameter(component(m, name));
            Shape target = types.model().target(m);
            if (Types.isCollection(target)) {
                copies.addStatement("$L = $L", name, types.copyOf(target, CodeBlock.of("$L", name)));
            }
        }
        canonical.addParameter(ParameterSpec.builder(types.runtime("UnknownMembers"), UNKNOWN)
                .addJavadoc("the JSON's members that this code does not know, kept to be written back, or null\n")
                .build());
        record.recordConstructor(canonical.build());
        for (Member m : shape.members().values()) {
            if (m.deprecated()) {
                // @Deprecated on a component does not reach its accessor, so the accessor is written out.
                String name = name(shape, m);
                record.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(types.of(m))
                        .addAnnotation(Deprecated.class)
                        .addJavadoc("Returns the {@code $L} member.\n\n@return the value, or null when absent\n"
                                + "@deprecated the service model marks this member as deprecated\n", wire(shape, m))
                        .addStatement("return $L", name).build());
            }
        }
        if (!copies.isEmpty()) {
            CodeBlock.Builder doc = CodeBlock.builder().add("Copies lists and maps, so the record stays immutable.\n\n");
            boolean maps = false;
            for (Member m : shape.members().values()) {
                doc.add("@param $L the {@code $L} member, or null\n", name(shape, m), wire(shape, m));
                maps |= types.holdsMap(types.model().target(m));
            }
            doc.add("@param $L members of the JSON that this code does not know, or null\n", UNKNOWN);
            if (maps) {
                doc.add("@throws NullPointerException when a map has a null key, which JSON cannot write\n");
            }
            record.addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                    .addJavadoc(doc.build()).addCode(copies.build()).build());
        }
        record.addMethod(withoutUnknown(shape));
        ClassName builder = self.nestedClass("Builder");
        record.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder).addJavadoc("Starts a builder with every member unset.\n\n@return a new builder\n")
                .addStatement("return new $T()", builder).build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("Starts a builder with the members of this value.\n\n@return a new builder\n")
                .addStatement("return new $T(this)", builder).build());
        record.addSuperinterface(types.runtime("Validatable"));
        record.addMethod(codec.readRecord(shape, self, builder));
        record.addMethod(codec.writeRecord(shape));
        record.addMethods(validator.recordWalk(shape));
        if (shape.members().values().stream().anyMatch(m -> types.model().isSensitive(m))) {
            record.addMethod(redactingToString(shape, self));
        }
        record.addType(builder(shape, self, builder));
        return JavaFile.builder(self.packageName(), record.build()).skipJavaLangImports(true).build();
    }

    /** The members alone, as a value made in code has them: none that this code does not know. */
    private MethodSpec withoutUnknown(Shape shape) {
        MethodSpec.Builder known = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder doc = CodeBlock.builder().add("A value with no members that this code does not know.\n\n");
        List<String> args = new ArrayList<>();
        for (Member m : shape.members().values()) {
            String name = name(shape, m);
            known.addParameter(types.of(m), name);
            doc.add("@param $L the {@code $L} member, or null\n", name, wire(shape, m));
            args.add(name);
        }
        args.add("null");
        return known.addJavadoc(doc.build()).addStatement("this($L)", String.join(", ", args)).build();
    }

    private ParameterSpec component(Member m, String name) {
        return ParameterSpec.builder(types.of(m), name).addJavadoc("$L\n", memberDoc(m)).build();
    }

    private TypeSpec builder(Shape shape, ClassName self, ClassName builder) {
        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).addJavadoc("Builds a {@link $T}; members left unset are null.\n", self);
        MethodSpec.Builder fromValue = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        List<String> args = new ArrayList<>();
        for (Member m : shape.members().values()) {
            String name = name(shape, m);
            TypeName type = types.of(m);
            b.addField(type, name, Modifier.PRIVATE);
            fromValue.addStatement("this.$L = source.$L", name, name);
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(type, name)
                    .addJavadoc("Sets {@link $T#$L()}.\n\n@param $L the new value, or null to unset it\n"
                            + "@return this builder\n", self, name, name)
                    .addStatement("this.$L = $L", name, name)
                    .addStatement("return this");
            if (m.deprecated()) {
                setter.addAnnotation(Deprecated.class);
            }
            b.addMethod(setter.build());
            args.add(name);
        }
        // Not set by hand: carried from a value (toBuilder) or filled by readJson.
        b.addField(types.runtime("UnknownMembers"), UNKNOWN, Modifier.PRIVATE);
        fromValue.addStatement("this.$L = source.$L", UNKNOWN, UNKNOWN);
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        b.addMethod(fromValue.build());
        b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("Builds the value; lists and maps are copied, and members of the JSON that this code does "
                        + "not know are kept.\n\n@return the new value\n")
                .addStatement("return new $T($L$T.done($L))", self,
                        args.isEmpty() ? "" : String.join(", ", args) + ", ", types.runtime("UnknownMembers"), UNKNOWN)
                .build());
        return b.build();
    }

    /**
     * Appends label by label: in a {@code +} chain javac would join the labels into one constant (its string
     * concatenation's recipe), which a wide record's names could push past a class file's 65,535 bytes.
     */
    private MethodSpec redactingToString(Shape shape, ClassName self) {
        CodeBlock.Builder expr = CodeBlock.builder().add("new $T($S)", StringBuilder.class, self.simpleName() + "[");
        boolean first = true;
        for (Member m : shape.members().values()) {
            String name = name(shape, m);
            String label = (first ? "" : ", ") + name + "=";
            first = false;
            if (types.model().isSensitive(m)) {
                expr.add("\n.append($S).append(this.$L == null ? null : $S)", label, name, "***");
            } else {
                expr.add("\n.append($S).append(this.$L)", label, name);
            }
        }
        expr.add("\n.append($S).append(this.$L)", (first ? "" : ", ") + UNKNOWN + "=", UNKNOWN);
        expr.add("\n.append(']').toString()");
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addJavadoc("Like the record default, but sensitive members show as {@code ***}.\n")
                .addStatement("return $L", expr.build()).build();
    }

    private String wire(Shape shape, Member m) {
        return types.names().wire(shape.name(), m.name());
    }

    private String name(Shape shape, Member m) {
        return types.names().member(shape.name(), m.name());
    }

    private String memberDoc(Member m) {
        String html = m.documentation() != null ? m.documentation() : types.model().target(m).documentation();
        String doc = html == null ? "" : JavadocText.fromHtml(html);
        return doc.isEmpty() ? "the " + m.name() + " member" : doc;
    }
}
