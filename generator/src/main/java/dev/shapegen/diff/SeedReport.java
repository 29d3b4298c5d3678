package dev.shapegen.diff;

import dev.shapegen.diff.docs.MethodDocs;
import dev.shapegen.diff.severity.DiffSeverity;
import dev.shapegen.diff.severity.SeverityRules;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The change report in the layout of an SDK changelog page: a header, new operations, then each updated operation
 * with what was added to its request and response, as Python literals printed by pprint; then, where there are
 * any, the changes that such a page does not show.
 */
final class SeedReport {
    private static final int WIDTH = 80;
    /** Changelog pages keep a method name and its status together with a no-break space. */
    private static final String NBSP = "\u00a0";

    /** What the changelog layout shows: additions (added shapes as the members that bring them). */
    private static final Set<ChangeKind> SHOWN = EnumSet.of(ChangeKind.OPERATION_ADDED, ChangeKind.SHAPE_ADDED,
            ChangeKind.MEMBER_ADDED, ChangeKind.ENUM_VALUE_ADDED, ChangeKind.DOCUMENTATION_CHANGED);
    /** Lines of other changes listed before the rest is only counted. */
    private static final int MAX_NOT_SHOWN = 50;

    private SeedReport() {}

    static String render(ServiceModel before, ServiceModel after, List<Change> changes, String date,
            boolean withDocs) {
        Additions additions = new Additions(before, after);
        List<String> added = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        String link = withDocs ? " Link ¶" : "";
        for (Operation op : after.operations().values()) {
            if (!before.operations().containsKey(op.name())) {
                added.add(op.name());
            }
        }
        for (String name : added) {
            blocks.add(name + NBSP + "(new)" + link + (withDocs ? "\n\n" + MethodDocs.render(after, name) : ""));
        }
        int updated = 0;
        for (Operation op : after.operations().values()) {
            Operation old = before.operations().get(op.name());
            if (old == null) {
                continue;
            }
            PyValue request = sameShape(old.input(), op.input()) ? additions.of(op.input()) : null;
            PyValue response = sameShape(old.output(), op.output()) ? additions.of(op.output()) : null;
            if (request == null && response == null) {
                continue;
            }
            updated++;
            StringBuilder b = new StringBuilder(op.name()).append(NBSP).append("(updated)").append(link).append('\n');
            if (request != null && response != null && request.equals(response)) {
                b.append("Changes (both)\n").append(format(request));
            } else if (request != null && response != null) {
                b.append("Changes (request, response)\nRequest\n").append(format(request)).append("\nResponse\n")
                        .append(format(response));
            } else if (request != null) {
                b.append("Changes (request)\n").append(format(request));
            } else {
                b.append("Changes (response)\n").append(format(response));
            }
            if (withDocs) {
                b.append("\n\n").append(MethodDocs.render(after, op.name()));
            }
            blocks.add(b.toString());
        }
        String service = Objects.requireNonNullElse(after.metadata().serviceFullName(),
                Objects.requireNonNullElse(after.metadata().serviceId(), "service"));
        StringBuilder header = new StringBuilder(date).append(" - ").append(service).append(" - ");
        if (!added.isEmpty()) {
            header.append(added.size()).append(" new ");
        }
        if (updated > 0) {
            header.append(updated).append(" updated ");
        }
        header.append(added.isEmpty() && updated == 0 ? "no new or updated api methods" : "api methods");
        List<String> parts = new ArrayList<>(blocks);
        String notShown = notShown(changes);
        if (!notShown.isEmpty()) {
            parts.add(notShown);
        }
        if (parts.isEmpty() && !changes.isEmpty()) {
            // Else the update would read as no change at all. What is left are additions that no method's request or
            // response reaches (to error shapes, say), and documentation: none breaks anything.
            long docs = changes.stream().filter(c -> c.kind() == ChangeKind.DOCUMENTATION_CHANGED).count();
            int n = changes.size();
            parts.add((docs == n ? "Only documentation changed (" + n + (n == 1 ? " place" : " places") + ")"
                    : "No api method's request or response changed; " + n + (n == 1 ? " change" : " changes")
                    + " elsewhere (" + (docs == 0 ? "additions" : "additions and documentation")
                    + "; --format json lists them)")
                    + "; nothing breaks code generated from the older model.");
        }
        StringBuilder out = new StringBuilder();
        if (withDocs) {
            out.append(service).append("\n\n").append(header).append("\n\n").append("Changes").append(NBSP).append(' ')
                    .append(Summary.of(changes)).append(parts.isEmpty() ? "" : "\n\n");
        } else {
            out.append(header).append(parts.isEmpty() ? "" : "\n\n");
        }
        return out.append(String.join("\n\n", parts)).append('\n').toString();
    }

    /**
     * The changes a changelog page leaves out, since it shows additions only: removals, type changes, required and
     * constraint changes. Without them, a report of an update that removes an enum value would look like one of no
     * change at all. Documentation changes stay out, as on the page.
     */
    private static String notShown(List<Change> changes) {
        // Breaking first, so that a long list cut short never hides one; in spec order within each severity.
        List<Change> left = changes.stream().filter(c -> !SHOWN.contains(c.kind()))
                .sorted(Comparator.comparingInt(c -> SeverityRules.judge(c).ordinal())).toList();
        if (left.isEmpty()) {
            return "";
        }
        long breaking = left.stream().filter(c -> SeverityRules.judge(c) == DiffSeverity.BREAKING).count();
        StringBuilder b = new StringBuilder("Other changes (").append(left.size()).append(", ").append(breaking)
                .append(" of them breaking for code generated from the older model):");
        for (Change c : left.subList(0, Math.min(left.size(), MAX_NOT_SHOWN))) {
            b.append("\n  ").append(SeverityRules.judge(c).wireName()).append(": ").append(c.describe());
        }
        if (left.size() > MAX_NOT_SHOWN) {
            long breakingLeft = Math.max(0, breaking - MAX_NOT_SHOWN);
            b.append("\n  ... and ").append(left.size() - MAX_NOT_SHOWN).append(" more (")
                    .append(breakingLeft == 0 ? "none" : breakingLeft).append(" of them breaking; --format json "
                            + "lists every change)");
        }
        return b.toString();
    }

    private static boolean sameShape(String a, String b) {
        return a != null && a.equals(b);
    }

    private static String format(PyValue value) {
        return PrettyPrinter.pformat(value, WIDTH);
    }
}
