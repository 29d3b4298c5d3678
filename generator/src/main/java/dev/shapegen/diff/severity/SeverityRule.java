package dev.shapegen.diff.severity;

import dev.shapegen.diff.Change;
import java.util.Optional;

/** One rule of how bad a change is; rules are tried in order and the first that has an opinion wins. */
public interface SeverityRule {
    Optional<DiffSeverity> judge(Change change);
}
