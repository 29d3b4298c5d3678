package dev.shapegen;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.diag.SpecException;
import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The diff as a build guard: breaking changes become errors, and a changed spec gets its change report. */
final class BreakingChanges {
    private BreakingChanges() {}

    /**
     * Fails, with one diagnostic per breaking change, when {@code spec} breaks users of code generated from the
     * baseline. With a selection, only changes to what was generated from the baseline count: the selected shapes'
     * closure in the baseline, and the selected operations. A shape that enters the selection with this spec had no
     * users to break; a type that leaves it is gone from the output.
     *
     * @param now the shapes selected from {@code spec}, as generation resolved them
     */
    static void check(Path baseline, String specName, byte[] specBytes, ServiceModel spec, Set<String> now,
            List<String> shapes, List<String> operations) {
        Differ.Result result = Differ.diff(baseline, spec);
        boolean all = shapes.isEmpty() && operations.isEmpty();
        Set<String> selected = all ? Set.of() : selection(result.before(), shapes, operations);
        List<Diagnostic> breaking = result.changes().stream()
                .filter(c -> all || (c.shape() != null ? selected.contains(c.shape())
                        : operations.stream().anyMatch(o -> c.path().equals("op:" + o)
                                || c.path().startsWith("op:" + o + "."))))
                .filter(c -> SeverityRules.judge(c) == DiffSeverity.BREAKING)
                .map(c -> diagnostic(baseline, c)).collect(Collectors.toCollection(ArrayList::new));
        if (!all) {
            // A type generated from the baseline that the selection no longer reaches is gone from the output.
            for (Shape was : result.before().shapes().values()) {
                if (selected.contains(was.name()) && !now.contains(was.name()) && spec.shape(was.name()) != null
                        && (was.isRecord() || was.isUnion() || JvmLimits.isEnumClass(was))) {
                    breaking.add(breaking(baseline, SourceLocation.at(Pointers.shape(was.name()), was.name(), null),
                            was.name() + " is no longer generated, since the selection (--shapes, --operations) no "
                                    + "longer reaches it; to keep it, add it to --shapes"));
                }
            }
        }
        if (!breaking.isEmpty()) {
            throw new SpecException(SourceMap.place(specName, specBytes, breaking));
        }
    }

    private static Set<String> selection(ServiceModel m, List<String> shapes, List<String> operations) {
        List<String> known = shapes.stream().filter(s -> m.shape(s) != null).toList();
        List<String> ops = operations.stream().filter(o -> m.operations().containsKey(o)).toList();
        return Set.copyOf(Resolver.resolve(m, known, ops, new Diagnostics()).selected());
    }

    private static Diagnostic diagnostic(Path baseline, Change c) {
        String pointer = c.shape() == null ? null
                : c.member() == null ? Pointers.shape(c.shape()) : Pointers.member(c.shape(), c.member());
        return breaking(baseline, SourceLocation.at(pointer, c.shape(), c.member()), c.describe());
    }

    private static Diagnostic breaking(Path baseline, SourceLocation location, String change) {
        return Diagnostic.error("diff.breaking", location, "breaking change since " + baseline.getFileName() + ": "
                + change + "; if it is intended, move the baseline to this spec");
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
