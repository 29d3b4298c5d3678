package it.mm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BothModulesTest {
    @Test
    void typesOfBothModulesAreUsable() {
        assertEquals("Ascending", it.mm.plans.TrainingPlanSortOrder.ASCENDING.value());
        assertEquals("ml.trn1.32xlarge", it.mm.offerings.ReservedCapacityInstanceType.ML_TRN1_32XLARGE.value());
    }
}
