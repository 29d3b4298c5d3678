package dev.shapegen.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated sources compiled with javac (in process) and loaded, so tests can use the generated classes. The test
 * class path (Jackson) is the compile class path: generated code must need nothing else.
 */
public final class CompiledCode {
    /** The test class path (Jackson) and -Xlint:all, on disk and in memory alike. */
    private static final List<String> JAVAC_OPTIONS = List.of("-classpath", System.getProperty("java.class.path"),
            "--release", "17", "-Xlint:all", "-proc:none", "-Xmaxwarns", "10000", "-encoding", "UTF-8");

    private final ClassLoader loader;
    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;

    private CompiledCode(ClassLoader loader, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        this.loader = loader;
        this.diagnostics = diagnostics;
    }

    /** Writes the files under {@code dir}/src, compiles them to {@code dir}/classes with -Xlint:all. */
    public static CompiledCode compile(List<GeneratedFile> files, Path dir) {
        try {
            Path src = dir.resolve("src");
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<Path> paths = new ArrayList<>();
            for (GeneratedFile f : files) {
                Path p = src.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.write(p, f.content());
                paths.add(p);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = new ArrayList<>(List.of("-d", classes.toString()));
                options.addAll(JAVAC_OPTIONS);
                StringWriter out = new StringWriter();
                javac.getTask(out, fm, collector, options, null, fm.getJavaFileObjectsFromPaths(paths)).call();
            }
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    CompiledCode.class.getClassLoader());
            return new CompiledCode(loader, collector.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the files in memory, with the same options as {@link #compile}, and loads the classes from memory:
     * for many specs in one run, where writing and deleting thousands of files would cost more than compiling.
     */
    public static CompiledCode compileInMemory(List<GeneratedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .filter(f -> f.path().endsWith(".java"))
                .map(f -> JavaFileObjects.forSourceString(
                        f.path().substring(0, f.path().length() - ".java".length()).replace('/', '.'),
                        new String(f.content(), StandardCharsets.UTF_8)))
                .toList();
        Compilation compilation = Compiler.javac().withOptions(JAVAC_OPTIONS).compile(sources);
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject out : compilation.generatedFiles()) {
            if (out.getKind() == JavaFileObject.Kind.CLASS) {
                // In memory the path is /CLASS_OUTPUT/com/example/Foo$Builder.class.
                String path = out.toUri().getPath();
                String name = path.substring("/CLASS_OUTPUT/".length(), path.length() - ".class".length());
                try (InputStream in = out.openInputStream()) {
                    classes.put(name.replace('/', '.'), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new CompiledCode(new BytesClassLoader(classes, CompiledCode.class.getClassLoader()),
                List.copyOf(compilation.diagnostics()));
    }

    /** Defines classes from bytes held in memory. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = new ConcurrentHashMap<>(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            // Each class is defined once, so its bytes are not needed after that.
            byte[] bytes = classes.remove(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    public List<Diagnostic<? extends JavaFileObject>> diagnostics() {
        return diagnostics;
    }

    /** Errors and warnings, one per line, for assertion messages. */
    public String report(Diagnostic.Kind... kinds) {
        List<Diagnostic.Kind> wanted = List.of(kinds);
        return diagnostics.stream().filter(d -> wanted.contains(d.getKind()))
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .limit(40).collect(Collectors.joining("\n"));
    }

    public long count(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.getKind() == kind).count();
    }

    public Class<?> load(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated or not compiled: " + name, e);
        }
    }

    /** Calls a public method by name (the first with that name and argument count). */
    public static Object call(Object target, String method, Object... args) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    m.setAccessible(true);
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("calling " + method + " failed", e.getCause() != null ? e.getCause() : e);
                }
            }
        }
        throw new AssertionError("no method " + method + "/" + args.length + " on " + type.getName());
    }
}
