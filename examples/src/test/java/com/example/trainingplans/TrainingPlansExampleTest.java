package com.example.trainingplans;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrainingPlansExampleTest {
    @Test
    void theExampleShowsTableViolationsAndTheUnknownValueRoundTrip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainingPlansExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("llm-pretrain-q1"), out);
        assertTrue(out.contains("4 x ml.trn1.32xlarge (new)"), out);
        assertTrue(out.contains("SearchTrainingPlanOfferings request: 2 violations"), out);
        assertTrue(out.contains("InstanceCount: must be at most 256, but is 512"), out);
        assertTrue(out.contains("DurationHours: must be at most 87600, but is 100000"), out);
        assertTrue(out.contains("after fixing: 0 violations"), out);
        assertTrue(out.contains("known to this spec version? false"), out);
        assertTrue(out.contains("switch over known values: added after this spec version"), out);
        assertTrue(out.contains("written back intact: true"), out);
    }
}
