package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import java.util.Optional;

/** A changed type (of a shape, a member, or an operation's input or output): the Java types change with it. */
public final class TypeChangeIsBreaking implements SeverityRule {
    @Override
    public Optional<DiffSeverity> judge(Change change) {
        boolean typeChange = change.kind() == ChangeKind.TYPE_CHANGED
                || (change.kind() == ChangeKind.OPERATION_CHANGED && !change.path().endsWith(".errors"));
        return typeChange ? Optional.of(DiffSeverity.BREAKING) : Optional.empty();
    }
}
