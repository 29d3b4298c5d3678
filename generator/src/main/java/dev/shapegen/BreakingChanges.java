package dev.shapegen;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.diag.SpecException;
import dev.shapegen.diff.Change;
import dev.shapegen.diff.Differ;
import dev.shapegen.diff.severity.DiffSeverity;
import dev.shapegen.diff.severity.SeverityRules;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.parse.Pointers;
import dev.shapegen.parse.SourceMap;
import dev.shapegen.resolve.JvmLimits;
import dev.shapegen.resolve.Resolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The diff as a build guard: breaking changes become errors, and a changed spec gets its change report. */
final class BreakingChanges {
    private BreakingChanges() {}

    /**
     * Fails, with one diagnostic per breaking change, when {@code spec} breaks users of code generated from the
     * baseline. With a selection, only changes to what is generated count: the selected shapes' closures in either
     * model, and the selected operations.
     */
    static void check(Path baseline, String specName, byte[] specBytes, ServiceModel spec, List<String> shapes,
            List<String> operations) {
        Differ.Result result = Differ.diff(baseline, spec);
        Set<String> selected = new HashSet<>();
        boolean all = shapes.isEmpty() && operations.isEmpty();
        if (!all) {
            for (ServiceModel m : List.of(result.before(), result.after())) {
                List<String> known = shapes.stream().filter(s -> m.shape(s) != null).toList();
                List<String> ops = operations.stream().filter(o -> m.operations().containsKey(o)).toList();
                selected.addAll(Resolver.resolve(m, known, ops, new Diagnostics()).selected());
            }
        }
        List<Diagnostic> breaking = result.changes().stream()
                .filter(c -> all || (c.shape() != null ? selected.contains(c.shape())
                        : operations.stream().anyMatch(o -> c.path().equals("op:" + o)
                                || c.path().startsWith("op:" + o + "."))))
                .filter(c -> SeverityRules.judge(c) == DiffSeverity.BREAKING)
                .map(c -> diagnostic(baseline, c)).collect(Collectors.toCollection(ArrayList::new));
        for (Shape after : spec.shapes().values()) {
            Shape before = result.before().shape(after.name());
            if (before != null && before.isEnum() && after.isEnum() && (all || selected.contains(after.name()))
                    && JvmLimits.isEnumClass(before) != JvmLimits.isEnumClass(after)) {
                breaking.add(enumClassChanged(baseline, before, after));
            }
        }
        if (!breaking.isEmpty()) {
            throw new SpecException(SourceMap.place(specName, specBytes, breaking));
        }
    }

    private static Diagnostic diagnostic(Path baseline, Change c) {
        String pointer = c.shape() == null ? null
                : c.member() == null ? Pointers.shape(c.shape()) : Pointers.member(c.shape(), c.member());
        return Diagnostic.error("diff.breaking", new SourceLocation(null, 0, 0, pointer, c.shape(),
                c.member()), "breaking change since " + baseline.getFileName() + ": " + c.describe()
                        + "; if it is intended, move the baseline to this spec");
    }

    /**
     * An enum that crossed a limit of the class file format (see {@link JvmLimits}): adding or removing values is
     * no breaking change of the spec, but its members change between the enum class and {@code String}.
     */
    private static Diagnostic enumClassChanged(Path baseline, Shape before, Shape after) {
        String name = after.name();
        String change = JvmLimits.isEnumClass(before)
                ? "too large for a generated enum class, so its members change from " + name + " to String"
                : "and fits a generated enum class again, so its members change from String to " + name;
        return Diagnostic.error("diff.breaking", SourceLocation.at(Pointers.shape(name) + "/enum", name, null),
                String.format("breaking change since %s: enum %s now has %,d values (%,d before), %s; if it is "
                        + "intended, move the baseline to this spec", baseline.getFileName(), name,
                        after.enumValues().size(), before.enumValues().size(), change));
    }

    /** The change report from the previous spec (kept by the writer) to this one; null when there is none. */
    static String report(Path previousSpec, ServiceModel spec) {
        if (!Files.isRegularFile(previousSpec)) {
            return null;
        }
        try {
            String date = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("uuuu/MM/dd"));
            return Differ.diff(previousSpec, spec).text(date, false);
        } catch (SpecException e) {
            // The previous copy is ours; if it no longer reads, there is simply no report.
            return null;
        }
    }
}
