package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import java.util.Optional;

/** A min, max or pattern that accepts fewer values in an input: requests that validated before may not now. */
public final class TightenedInputConstraintIsBreaking implements SeverityRule {
    @Override
    public Optional<DiffSeverity> judge(Change change) {
        if (change.kind() != ChangeKind.CONSTRAINT_CHANGED) {
            return Optional.empty();
        }
        return Optional.of(change.tightened() && change.usedInInput() ? DiffSeverity.BREAKING
                : DiffSeverity.COMPATIBLE);
    }
}
