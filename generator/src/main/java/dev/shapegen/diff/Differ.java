package dev.shapegen.diff;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SpecException;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SourceMap;
import dev.shapegen.parse.SpecFiles;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.Resolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entry point of the diff: two spec files in, the changes and both reports out. */
public final class Differ {
    private Differ() {}

    /**
     * What changed from one model to the next.
     *
     * @param before the older model
     * @param after the newer model
     * @param changes every change, additions and removals alike
     */
    public record Result(ServiceModel before, ServiceModel after, List<Change> changes) {
        public boolean hasBreaking() {
            return JsonReport.hasBreaking(changes);
        }

        /** The report in the layout of an SDK changelog page; with docs, each method's documentation too. */
        public String text(String date, boolean withDocs) {
            return SeedReport.render(before, after, changes, date, withDocs);
        }

        public String json() {
            return JsonReport.render(before.source(), after.source(), changes);
        }
    }

    /**
     * Reads, checks and compares two specs.
     *
     * @throws SpecException when either spec has errors (all of them, of both files)
     */
    public static Result diff(Path before, Path after) {
        List<Diagnostic> problems = new ArrayList<>();
        ServiceModel b = load(before, problems);
        ServiceModel a = load(after, problems);
        if (b == null || a == null || problems.stream().anyMatch(Diagnostic::isError)) {
            throw new SpecException(problems);
        }
        return new Result(b, a, ModelDiff.compare(b, a));
    }

    /**
     * Reads and checks an older spec and compares it with a model already parsed and checked (the spec a run
     * generates from), so that the newer spec is not parsed a second time.
     *
     * @throws SpecException when the older spec has errors
     */
    public static Result diff(Path before, ServiceModel after) {
        List<Diagnostic> problems = new ArrayList<>();
        ServiceModel b = load(before, problems);
        if (b == null || problems.stream().anyMatch(Diagnostic::isError)) {
            throw new SpecException(problems);
        }
        return new Result(b, after, ModelDiff.compare(b, after));
    }

    private static ServiceModel load(Path spec, List<Diagnostic> problems) {
        byte[] bytes;
        try {
            bytes = SpecFiles.read(spec);
        } catch (SpecException e) {
            problems.addAll(e.diagnostics());
            return null;
        }
        Diagnostics d = new Diagnostics();
        Optional<ServiceModel> model = SpecParser.parse(spec.toString(), bytes, d);
        model.ifPresent(m -> Resolver.resolve(m, List.of(), List.of(), d));
        problems.addAll(SourceMap.place(spec.toString(), bytes, d.all()).stream().filter(Diagnostic::isError)
                .toList());
        return d.hasErrors() ? null : model.orElse(null);
    }
}
