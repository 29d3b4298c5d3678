package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import java.util.Optional;

/**
 * A member that became required in something sent to the service: requests built without it now fail validation.
 * In a response, a newly required member only promises more, so it is compatible.
 */
public final class NewlyRequiredInputIsBreaking implements SeverityRule {
    @Override
    public Optional<DiffSeverity> judge(Change change) {
        if (change.kind() != ChangeKind.REQUIRED_ADDED) {
            return Optional.empty();
        }
        return Optional.of(change.usedInInput() ? DiffSeverity.BREAKING : DiffSeverity.COMPATIBLE);
    }
}
