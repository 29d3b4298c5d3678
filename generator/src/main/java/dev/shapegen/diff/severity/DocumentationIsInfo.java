package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import java.util.Optional;

/** Documentation changes only change Javadoc. */
public final class DocumentationIsInfo implements SeverityRule {
    @Override
    public Optional<DiffSeverity> judge(Change change) {
        return change.kind() == ChangeKind.DOCUMENTATION_CHANGED ? Optional.of(DiffSeverity.INFO) : Optional.empty();
    }
}
