package dev.shapegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.TestPaths;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins {@link ReservedWords#GENERATED_VARIABLES}: every variable in generated types (parameters, locals, lambda
 * parameters, pattern bindings, fields) is named after a member, is an enum constant, starts with {@code $}, or is
 * in that list. The package check refuses first segments from the list, so a new variable name left out of it would
 * let a package through that the new variable hides.
 */
class GeneratedVariablesTest {
    static Stream<String> specs() throws IOException {
        List<String> specs = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(TestPaths.fixture("x").getParent().getParent())) {
            fixtures.map(p -> p.resolve("spec.json")).filter(Files::isRegularFile).map(Path::toString).sorted()
                    .forEach(specs::add);
        }
        specs.add(TestPaths.root().resolve("spec/training-plans-2025-01-16.json").toString());
        TestPaths.awsModels().ifPresent(m -> specs.add(m.resolve("sagemaker-latest.json").toString()));
        return specs.stream();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyVariableOfGeneratedCodeIsAMemberAConstantOrListed(String spec) throws IOException {
        Path path = Path.of(spec);
        byte[] bytes = Files.readAllBytes(path);
        GenerationRequest request = new GenerationRequest(path, Path.of("out"), "com.example.vars", List.of(),
                List.of());
        Generator.Checked checked = Generator.check(path.getFileName().toString(), bytes, request);
        Set<String> allowed = new HashSet<>(ReservedWords.GENERATED_VARIABLES);
        checked.names().members().values().forEach(m -> allowed.addAll(m.values()));
        checked.names().constants().values().forEach(c -> allowed.addAll(c.values()));
        // Constants are upper case, unlike package names.
        allowed.addAll(ReservedWords.ENUM_CONSTANTS);
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile f : Generator.emit(checked).files()) {
            if (f.path().endsWith(".java") && !f.path().contains("/runtime/")) {
                sources.add(new SimpleJavaFileObject(URI.create("string:///" + f.path()), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return new String(f.content(), StandardCharsets.UTF_8);
                    }
                });
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, sources);
        Map<String, String> unlisted = new TreeMap<>();
        for (CompilationUnitTree unit : task.parse()) {
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree tree, Void unused) {
                    String name = tree.getName().toString();
                    if (!allowed.contains(name) && !name.startsWith("$")) {
                        boolean field = getCurrentPath().getParentPath().getLeaf() instanceof ClassTree;
                        unlisted.putIfAbsent(name, (field ? "a field in " : "a variable in ")
                                + unit.getSourceFile().getName());
                    }
                    return super.visitVariable(tree, unused);
                }
            }.scan(unit, null);
        }
        assertEquals(Map.of(), unlisted, "variables of generated code missing from ReservedWords.GENERATED_VARIABLES");
    }
}
