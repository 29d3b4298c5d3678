package dev.shapegen.diff.severity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.diff.Change;
import dev.shapegen.diff.ChangeKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rule on its own, then the rules together. */
class SeverityRulesTest {
    private static Change change(ChangeKind kind, boolean tightened, boolean input) {
        return new Change(kind, "Shape.Member", "Shape", "Member", "a", "b", tightened, input);
    }

    @ParameterizedTest
    @EnumSource(value = ChangeKind.class, names = {"OPERATION_REMOVED", "SHAPE_REMOVED", "MEMBER_REMOVED",
            "ENUM_VALUE_REMOVED"})
    void removalsAreBreaking(ChangeKind kind) {
        assertEquals(Optional.of(DiffSeverity.BREAKING), new RemovalIsBreaking().judge(change(kind, false, false)));
    }

    @Test
    void removalRuleHasNoOpinionOnAdditions() {
        assertEquals(Optional.empty(), new RemovalIsBreaking().judge(change(ChangeKind.MEMBER_ADDED, false, true)));
    }

    @Test
    void typeChangesAreBreakingButNewErrorsAreNot() {
        TypeChangeIsBreaking rule = new TypeChangeIsBreaking();
        assertEquals(Optional.of(DiffSeverity.BREAKING), rule.judge(change(ChangeKind.TYPE_CHANGED, false, false)));
        assertEquals(Optional.of(DiffSeverity.BREAKING), rule.judge(new Change(ChangeKind.OPERATION_CHANGED,
                "op:Get.input", null, null, "A", "B", false, true)));
        assertEquals(Optional.empty(), rule.judge(new Change(ChangeKind.OPERATION_CHANGED, "op:Get.errors", null,
                null, "A", "A,B", false, false)));
    }

    @Test
    void newlyRequiredIsBreakingOnlyInInputs() {
        NewlyRequiredInputIsBreaking rule = new NewlyRequiredInputIsBreaking();
        assertEquals(Optional.of(DiffSeverity.BREAKING), rule.judge(change(ChangeKind.REQUIRED_ADDED, false, true)));
        assertEquals(Optional.of(DiffSeverity.COMPATIBLE), rule.judge(change(ChangeKind.REQUIRED_ADDED, false, false)));
        assertEquals(Optional.empty(), rule.judge(change(ChangeKind.REQUIRED_REMOVED, false, true)));
    }

    @Test
    void tightenedConstraintsAreBreakingOnlyInInputs() {
        TightenedInputConstraintIsBreaking rule = new TightenedInputConstraintIsBreaking();
        assertEquals(Optional.of(DiffSeverity.BREAKING), rule.judge(change(ChangeKind.CONSTRAINT_CHANGED, true, true)));
        assertEquals(Optional.of(DiffSeverity.COMPATIBLE),
                rule.judge(change(ChangeKind.CONSTRAINT_CHANGED, false, true)));
        assertEquals(Optional.of(DiffSeverity.COMPATIBLE),
                rule.judge(change(ChangeKind.CONSTRAINT_CHANGED, true, false)));
    }

    @Test
    void documentationIsInfo() {
        assertEquals(Optional.of(DiffSeverity.INFO),
                new DocumentationIsInfo().judge(change(ChangeKind.DOCUMENTATION_CHANGED, false, true)));
    }

    @ParameterizedTest
    @EnumSource(value = ChangeKind.class, names = {"OPERATION_ADDED", "SHAPE_ADDED", "MEMBER_ADDED",
            "ENUM_VALUE_ADDED", "REQUIRED_REMOVED"})
    void additionsAndRelaxationsAreCompatible(ChangeKind kind) {
        assertEquals(DiffSeverity.COMPATIBLE, SeverityRules.judge(change(kind, false, true)));
    }
}
