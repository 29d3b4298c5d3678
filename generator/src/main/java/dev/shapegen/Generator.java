package dev.shapegen;

import com.palantir.javapoet.JavaFile;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.IoErrors;
import dev.shapegen.diag.SpecException;
import dev.shapegen.emit.EnumEmitter;
import dev.shapegen.emit.PatternsEmitter;
import dev.shapegen.emit.RuntimeEmitter;
import dev.shapegen.emit.SignatureLimits;
import dev.shapegen.emit.StructureEmitter;
import dev.shapegen.emit.Types;
import dev.shapegen.emit.UnionEmitter;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.NameTable;
import dev.shapegen.naming.Namer;
import dev.shapegen.parse.SourceMap;
import dev.shapegen.parse.SpecFiles;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.JvmLimits;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.resolve.Resolver;
import dev.shapegen.write.GeneratedFile;
import dev.shapegen.write.OutputGuard;
import dev.shapegen.write.OutputLock;
import dev.shapegen.write.OutputState;
import dev.shapegen.write.OutputWriter;
import dev.shapegen.write.WriteStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one entry point: request -> parse -> resolve and check -> name -> emit -> write -> result. Stateless; safe to
 * call from several threads at once.
 */
public final class Generator {
    private Generator() {}

    /**
     * Runs the whole pipeline. Runs on one output directory take turns (across threads and processes); the files
     * are made in memory, staged next to the output and moved into place only when all are ready, so a failed or
     * killed run leaves the previous output as it was, or is finished by the next run.
     *
     * @throws SpecException when the spec or the request has errors, or the output directory holds the spec or
     *     sources shapegen did not write: nothing is written then
     * @throws UncheckedIOException when the spec cannot be read or the output cannot be written
     */
    public static GenerationResult generate(GenerationRequest request) {
        long start = System.nanoTime();
        String fingerprint = UpToDate.fingerprint(request);
        OutputGuard.checkSpecOutside(request.spec(), request.outputDirectory());
        // A state file means an earlier run wrote here: check it with the lock held, so that a run that is
        // writing right now is waited for rather than seen half done.
        if (request.stateFile() != null && Files.isRegularFile(request.stateFile())
                && Files.isDirectory(request.outputDirectory())) {
            try (OutputLock lock = lock(request)) {
                Optional<GenerationResult> done = UpToDate.check(request, fingerprint, start, null);
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (IOException e) {
                throw cannotWrite(request, e);
            }
        }
        // Only a full run writes the state file: it must be shapegen's, never the spec or a file of the user's.
        OutputGuard.checkStateFile(request.stateFile());
        byte[] bytes = SpecFiles.read(request.spec());
        OutputState.FileRecord spec = UpToDate.specRecord(request.spec(), bytes);
        // Diagnostics name the spec as the user gave it, so IDEs and people find the file.
        Checked checked = check(request.spec().toString(), bytes, request);
        if (request.baselineSpec() != null) {
            BreakingChanges.check(request.baselineSpec(), request.spec().toString(), bytes, checked.spec(),
                    checked.model().selected(), request.shapes(), request.operations());
        }
        Emitted emitted = emit(checked);
        // Before the lock, which creates .shapegen/: a refused directory is left exactly as it was. Whatever a run
        // writes meanwhile starts with the header, so it cannot make this check wrong.
        checkOwnership(request);
        try (OutputLock lock = lock(request)) {
            // Another run may have written the same while this one was emitting.
            Optional<GenerationResult> done = UpToDate.check(request, fingerprint, start, bytes);
            if (done.isPresent()) {
                return done.get();
            }
            Optional<OutputState> previous = request.stateFile() == null ? Optional.empty()
                    : OutputState.read(request.stateFile());
            String report = previous.isPresent() && !previous.get().spec().hash().equals(spec.hash())
                    ? BreakingChanges.report(OutputWriter.specCopy(request.stateFile()), checked.spec())
                    : null;
            WriteStats stats = OutputWriter.write(request.outputDirectory(), emitted.files(), fingerprint, spec,
                    request.stateFile(), previous, bytes);
            return new GenerationResult(request.outputDirectory(), false, emitted.records(), emitted.enums(),
                    emitted.unions(), emitted.supportFiles(), stats.written(), stats.unchanged(), stats.deleted(),
                    stats.added(), stats.removed(), stats.changed(), stats.bytes(),
                    Stream.concat(emitted.warnings().stream(), stats.warnings().stream()).toList(),
                    Duration.ofNanos(System.nanoTime() - start), report);
        } catch (IOException e) {
            throw cannotWrite(request, e);
        }
    }

    /** Refuses an output directory with Java sources that shapegen did not write. */
    private static void checkOwnership(GenerationRequest request) {
        String outputDir = request.outputDirectory().toAbsolutePath().normalize().toString();
        Set<String> ours = (request.stateFile() == null ? Optional.<OutputState>empty()
                : OutputState.read(request.stateFile())).filter(p -> p.outputDirectory().equals(outputDir))
                .map(p -> p.files().keySet()).orElse(Set.of());
        try {
            OutputGuard.checkOwnership(request.outputDirectory(), ours);
        } catch (IOException e) {
            throw cannotWrite(request, e);
        }
    }

    /** Takes the output directory's lock and finishes or discards whatever a run cut short left there. */
    private static OutputLock lock(GenerationRequest request) throws IOException {
        OutputLock lock = OutputLock.acquire(request.outputDirectory(), OutputLock.defaultTimeout());
        try {
            OutputWriter.recover(request.outputDirectory());
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static UncheckedIOException cannotWrite(GenerationRequest request, IOException e) {
        return new UncheckedIOException("cannot write to " + request.outputDirectory() + ": " + IoErrors.describe(e),
                e);
    }

    /**
     * Everything but the writing: the generated files in memory. Used by {@link #generate} and by tools that
     * compare or compile output without touching the disk.
     *
     * @throws SpecException when the spec or the request has errors
     */
    public static Emitted emit(String fileName, byte[] bytes, GenerationRequest request) {
        return emit(check(fileName, bytes, request));
    }

    /**
     * A spec parsed, resolved and named, once: what the emitters need, and the model that the breaking-change guard
     * and the change report compare, so that no step parses the spec again.
     *
     * @param spec the model as the spec has it, for the comparisons: {@code model} may differ where the JVM's limits
     *     made a shape plain (see {@link JvmLimits})
     * @param model the checked model, with the request's selection
     * @param names every generated name
     * @param warnings the warnings found, placed in the spec (there are no errors)
     */
    public record Checked(ServiceModel spec, ResolvedModel model, NameTable names, List<Diagnostic> warnings) {
        public Checked {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Parses, resolves and names a spec: the steps before emitting, for tools that also need the model.
     *
     * @throws SpecException with every error found, when any step has errors
     */
    public static Checked check(String fileName, byte[] bytes, GenerationRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        PackageCheck.check(request.packageName(), diagnostics);
        Optional<ServiceModel> parsed = SpecParser.parse(fileName, bytes, diagnostics);
        ResolvedModel model = parsed.map(m -> JvmLimits.apply(Resolver.resolve(m, request.shapes(),
                request.operations(), diagnostics), diagnostics)).orElse(null);
        if (model == null || diagnostics.hasErrors()) {
            throw new SpecException(SourceMap.place(fileName, bytes, diagnostics.all()));
        }
        NameTable names = Namer.name(model, request.packageName(), diagnostics);
        if (!diagnostics.hasErrors()) {
            SignatureLimits.check(model, names, diagnostics);
        }
        if (diagnostics.hasErrors()) {
            throw new SpecException(SourceMap.place(fileName, bytes, diagnostics.all()));
        }
        return new Checked(parsed.get(), model, names, SourceMap.place(fileName, bytes, diagnostics.all()));
    }

    /** Emits every file of a checked spec, in memory. */
    public static Emitted emit(Checked checked) {
        ResolvedModel model = checked.model();
        NameTable names = checked.names();
        Types types = new Types(model, names);
        StructureEmitter structures = new StructureEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        UnionEmitter unions = new UnionEmitter(types);
        List<Shape> shapes = model.generatedShapes();
        // Emitters are stateless and the model and names immutable, so types are emitted in parallel; the list
        // keeps spec order, so output does not depend on scheduling.
        List<GeneratedFile> files = new ArrayList<>(shapes.parallelStream().map(shape -> toFile(
                shape.isRecord() ? structures.emit(shape) : shape.isUnion() ? unions.emit(shape) : enums.emit(shape)))
                .toList());
        int records = (int) shapes.stream().filter(Shape::isRecord).count();
        int unionCount = (int) shapes.stream().filter(Shape::isUnion).count();
        int enumCount = shapes.size() - records - unionCount;
        List<GeneratedFile> support = new ArrayList<>(RuntimeEmitter.emit(names.runtimePackage()));
        PatternsEmitter.emit(types).forEach(holder -> support.add(toFile(holder)));
        files.addAll(support);
        return new Emitted(files, records, enumCount, unionCount, support.size(), checked.warnings());
    }

    /**
     * Generated files in memory, with counts.
     *
     * @param files every file, in a stable order
     * @param records records among them
     * @param enums enums among them
     * @param unions unions among them
     * @param supportFiles support files among them
     * @param warnings warnings found on the way
     */
    public record Emitted(
            List<GeneratedFile> files, int records, int enums, int unions, int supportFiles,
            List<Diagnostic> warnings) {}

    private static GeneratedFile toFile(JavaFile file) {
        String path = file.packageName().isEmpty() ? file.typeSpec().name() + ".java"
                : file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        String header = "// Generated by shapegen from an AWS service model. Do not edit.\n";
        return new GeneratedFile(path, (header + file.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
