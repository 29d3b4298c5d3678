package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.TestPaths;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The javadoc tool, with doclint on, accepts the generated sources: no errors and no warnings. */
class GeneratedJavadocTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"spec/training-plans-2025-01-16.json", "fixtures/enum-unsafe-value",
            "fixtures/reserved-names", "fixtures/union-members", "fixtures/sensitive-member", "shared/dynamodb.json",
            "shared/lambda.json"})
    void javadocWithDoclintAcceptsTheGeneratedSources(String which) throws IOException {
        Path spec = which.startsWith("spec/") ? TestPaths.root().resolve(which)
                : which.startsWith("fixtures/") ? TestPaths.fixture(which.substring("fixtures/".length()))
                : TestPaths.awsModel(which.substring("shared/".length()));
        GenerationRequest request = GenerationRequest.all(spec, work, "com.example.docs");
        List<GeneratedFile> files = Generator.emit(spec.getFileName().toString(), Files.readAllBytes(spec), request)
                .files();
        List<Path> sources = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path p = work.resolve("src").resolve(f.path());
            Files.createDirectories(p.getParent());
            sources.add(Files.write(p, f.content()));
        }
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", work.resolve("doc").toString(), "-classpath",
                    System.getProperty("java.class.path"), "-Xdoclint:all", "-quiet", "-encoding", "UTF-8",
                    "-notimestamp");
            javadoc.getTask(new StringWriter(), fm, diagnostics, null, options,
                    fm.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .toList();
        assertEquals(0, problems.size(), problems.stream().limit(20)
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n")));
    }
}
