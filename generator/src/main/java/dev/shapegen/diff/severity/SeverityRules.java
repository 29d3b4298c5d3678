package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import java.util.List;
import java.util.Optional;

/**
 * The rules, in order. Whatever no rule judges is compatible: additions (operations, shapes, members, enum values,
 * since generated enums are open) and relaxations.
 */
public final class SeverityRules {
    private static final List<SeverityRule> RULES = List.of(new RemovalIsBreaking(), new TypeChangeIsBreaking(),
            new NewlyRequiredInputIsBreaking(), new TightenedInputConstraintIsBreaking(), new DocumentationIsInfo());

    private SeverityRules() {}

    public static DiffSeverity judge(Change change) {
        for (SeverityRule rule : RULES) {
            Optional<DiffSeverity> s = rule.judge(change);
            if (s.isPresent()) {
                return s.get();
            }
        }
        return DiffSeverity.COMPATIBLE;
    }
}
