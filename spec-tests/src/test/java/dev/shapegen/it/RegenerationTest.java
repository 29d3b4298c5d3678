package dev.shapegen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story of the 2025-01-16 update: a service on the newer model answers with {@code ml.trn1.32xlarge}; a client
 * generated from the older model reads the answer and writes it back unchanged.
 */
class RegenerationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void olderCodeReadsAndWritesBackWhatNewerCodeWrote() throws IOException {
        var offering = dev.shapegen.it.v20250116.ReservedCapacityOffering.builder()
                .instanceType(dev.shapegen.it.v20250116.ReservedCapacityInstanceType.ML_TRN1_32XLARGE)
                .instanceCount(16).availabilityZone("us-west-2c").durationHours(24L).durationMinutes(0L)
                .startTime(Instant.parse("2025-03-01T00:00:00Z")).endTime(Instant.parse("2025-03-02T00:00:00.125Z"))
                .build();
        var newer = dev.shapegen.it.v20250116.SearchTrainingPlanOfferingsResponse.builder()
                .trainingPlanOfferings(List.of(dev.shapegen.it.v20250116.TrainingPlanOffering.builder()
                        .trainingPlanOfferingId("tpo-0123456789abcdef")
                        .targetResources(List.of(dev.shapegen.it.v20250116.SageMakerResourceName.TRAINING_JOB))
                        .durationHours(24L).upfrontFee("1234.56").currencyCode("USD")
                        .reservedCapacityOfferings(List.of(offering)).build()))
                .build();
        assertTrue(newer.validate().isEmpty(), () -> newer.validate().toString());
        String wire = MAPPER.writeValueAsString(newer);

        var older = MAPPER.readValue(wire, dev.shapegen.it.v20250115.SearchTrainingPlanOfferingsResponse.class);
        var type = older.trainingPlanOfferings().get(0).reservedCapacityOfferings().get(0).instanceType();
        assertFalse(type.isKnown());
        assertEquals("ml.trn1.32xlarge", type.value());
        assertEquals(wire, MAPPER.writeValueAsString(older), "byte for byte");
    }
}
