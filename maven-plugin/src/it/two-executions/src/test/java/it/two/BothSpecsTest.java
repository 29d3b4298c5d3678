package it.two;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.two.inventory.Item;
import it.two.trainingplans.TrainingPlanStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class BothSpecsTest {
    @Test
    void typesFromBothExecutionsAreCompiled() {
        assertEquals("Active", TrainingPlanStatus.ACTIVE.value());
        assertEquals(List.of("Sku: must match the pattern ^[A-Z]{3}-\\d+$"),
                Item.builder().sku("abc").build().validate().stream().map(Object::toString).toList());
    }
}
