package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A removed operation, shape, member or enum value: generated code that used it no longer compiles. */
public final class RemovalIsBreaking implements SeverityRule {
    private static final Set<ChangeKind> REMOVALS = EnumSet.of(ChangeKind.OPERATION_REMOVED, ChangeKind.SHAPE_REMOVED,
            ChangeKind.MEMBER_REMOVED, ChangeKind.ENUM_VALUE_REMOVED);

    @Override
    public Optional<DiffSeverity> judge(Change change) {
        return REMOVALS.contains(change.kind()) ? Optional.of(DiffSeverity.BREAKING) : Optional.empty();
    }
}
