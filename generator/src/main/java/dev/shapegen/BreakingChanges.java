package dev.shapegen;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.diag.SpecException;
import dev.shapegen.diff.Change;
import dev.shapegen.diff.Differ;
import dev.shapegen.diff.severity.DiffSeverity;
import dev.shapegen.diff.severity.SeverityRules;
import dev.shapegen.parse.Pointers;
import dev.shapegen.parse.SourceMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The diff as a build guard: breaking changes become errors, and a changed spec gets its change report. */
final class BreakingChanges {
    private BreakingChanges() {}

    /** Fails, with one diagnostic per breaking change, when {@code spec} breaks users of code from the baseline. */
    static void check(Path baseline, Path spec) {
        Differ.Result result = Differ.diff(baseline, spec);
        List<Diagnostic> breaking = result.changes().stream()
                .filter(c -> SeverityRules.judge(c) == DiffSeverity.BREAKING)
                .map(c -> diagnostic(spec, baseline, c)).toList();
        if (!breaking.isEmpty()) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(spec);
            } catch (java.io.IOException e) {
                throw new SpecException(breaking);
            }
            throw new SpecException(SourceMap.place(spec.toString(), bytes, breaking));
        }
    }

    private static Diagnostic diagnostic(Path spec, Path baseline, Change c) {
        String pointer = c.shape() == null ? null
                : c.member() == null ? Pointers.shape(c.shape()) : Pointers.member(c.shape(), c.member());
        return Diagnostic.error("diff.breaking", new SourceLocation(null, 0, 0, pointer, c.shape(),
                c.member()), "breaking change since " + baseline.getFileName() + ": " + c.describe()
                        + "; if it is intended, move the baseline to this spec");
    }

    /** The change report from the previous spec (kept by the writer) to this one; null when there is none. */
    static String report(Path previousSpec, Path spec) {
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
