package dev.shapegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeFlag;

/** Annotations and Javadoc that every generated type carries; one place, so all types agree. */
final class Annotations {
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

    /** The generator's name in {@code @Generated}: no version or date, so output stays byte-identical. */
    static final String GENERATOR = "dev.shapegen";

    private Annotations() {}

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(Types.GENERATED).addMember("value", "$S", GENERATOR).build();
    }

    /** {@code @Generated}, {@code @Deprecated} and the Javadoc of the shape, plus names to qualify. */
    static void common(TypeSpec.Builder type, Shape shape, Types types, String fallbackDoc) {
        type.addAnnotation(generated());
        if (shape.has(ShapeFlag.DEPRECATED)) {
            type.addAnnotation(Deprecated.class);
        }
        if (types.referencesDeprecated(shape)) {
            // Deprecated types are still part of the model; using them here is not the user's doing.
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation")
                    .build());
        }
        String doc = shape.documentation() == null ? "" : JavadocText.fromHtml(shape.documentation());
        type.addJavadoc("$L\n", doc.isEmpty() ? fallbackDoc : doc);
        if (!types.names().qualify().isEmpty()) {
            type.alwaysQualify(types.names().qualify().toArray(String[]::new));
        }
    }
}
