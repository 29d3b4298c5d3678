package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shapegen.resolve.regex.PatternAutomata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the runtime's pattern holders ({@code Patterns}, then {@code Patterns2}... for models with very many
 * patterns): one accessor per pattern of the {@link PatternTable}, which decodes it on first use. Nothing is emitted
 * when no pattern is checked.
 */
public final class PatternsEmitter {
    private PatternsEmitter() {}

    public static List<JavaFile> emit(Types types) {
        List<JavaFile> files = new ArrayList<>();
        for (Map.Entry<ClassName, List<PatternTable.Accessor>> e : types.patterns().holders().entrySet()) {
            files.add(holder(types.patterns().automata(), e.getKey(), e.getValue()));
        }
        return files;
    }

    private static JavaFile holder(CompiledPatterns automata, ClassName self, List<PatternTable.Accessor> accessors) {
        // Laziness per pattern, without a lock: a cache field read once into a local. A holder class per pattern
        // would be lazy too, but hundreds of tiny classes cost more to compile and load than they save.
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Annotations.generated())
                .addJavadoc("""
                        The patterns that generated types check, each once for the package (with the longest value
                        it is checked on): types call these accessors instead of holding copies.

                        <p>A pattern is decoded on first use, so loading this class decodes none. No lock is taken:
                        two threads may both decode a pattern the first time, and either result is kept; a
                        {@link Regex} is immutable (its fields are final), so a thread that reads one from its cache
                        field sees all of it.
                        """);
        ClassName regex = self.peerClass("Regex");
        for (PatternTable.Accessor a : accessors) {
            type.addField(FieldSpec.builder(regex, a.method(), Modifier.PRIVATE, Modifier.STATIC).build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (PatternTable.Accessor a : accessors) {
            String automaton = automata.automaton(a);
            CodeBlock create = automaton == null
                    ? CodeBlock.of("$T.backtracking($L)", regex, Literals.string(a.pattern()))
                    : CodeBlock.of("$T.automaton($L,\n$>$>$L$<$<)", regex, Literals.string(a.pattern()),
                            Literals.string(automaton));
            type.addMethod(MethodSpec.methodBuilder(a.method()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(regex)
                    .addJavadoc("$L\n\n@return the pattern\n", describe(a))
                    .addStatement("$T r = $L", regex, a.method())
                    .addStatement("return r != null ? r : ($L = $L)", a.method(), create)
                    .build());
        }
        return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    /** Whose pattern it is, and on how long a value: the Javadoc of an accessor. */
    private static String describe(PatternTable.Accessor a) {
        int others = a.shapes().size() - 1;
        String first = a.shapes().get(0);
        // doclint rejects an empty <code> element.
        return (first.isEmpty() ? "The pattern of the shape named by the empty string"
                : "The pattern of <code>" + EnumEmitter.javadocLiteral(first) + "</code>")
                + (others == 0 ? "" : others == 1 ? " and 1 more shape" : " and " + others + " more shapes")
                + (a.maxLength() == PatternAutomata.NO_MAX ? "." : ", on values of at most " + a.maxLength()
                        + (a.maxLength() == 1 ? " character." : " characters."));
    }
}
