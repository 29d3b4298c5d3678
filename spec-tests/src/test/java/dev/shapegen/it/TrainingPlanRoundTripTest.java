package dev.shapegen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.shapegen.it.v20250115.ListTrainingPlansResponse;
import dev.shapegen.it.v20250115.ReservedCapacityInstanceType;
import dev.shapegen.it.v20250115.ReservedCapacitySummary;
import dev.shapegen.it.v20250115.TrainingPlanStatus;
import dev.shapegen.it.v20250115.TrainingPlanSummary;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reads a ListTrainingPlans response of the 2025-01-16 API (it carries {@code ml.trn1.32xlarge}) with code generated
 * from the 2025-01-15 spec, which does not know that value, using a plain ObjectMapper.
 */
class TrainingPlanRoundTripTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] response() throws IOException {
        try (InputStream in = TrainingPlanRoundTripTest.class
                .getResourceAsStream("/responses/list-training-plans-2025-01-16.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void newerResponseRoundTripsExactlyThroughOlderCode() throws IOException {
        byte[] json = response();
        ListTrainingPlansResponse read = MAPPER.readValue(json, ListTrainingPlansResponse.class);
        String written = MAPPER.writeValueAsString(read);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(written));
        // Reading what was written gives an equal value: nothing was lost on the way.
        assertEquals(read, MAPPER.readValue(written, ListTrainingPlansResponse.class));
    }

    @Test
    void unknownInstanceTypeIsKeptAsItCame() throws IOException {
        ListTrainingPlansResponse read = MAPPER.readValue(response(), ListTrainingPlansResponse.class);
        ReservedCapacitySummary trn1 = read.trainingPlanSummaries().get(0).reservedCapacitySummaries().get(1);
        ReservedCapacityInstanceType type = trn1.instanceType();
        assertEquals("ml.trn1.32xlarge", type.value());
        assertFalse(type.isKnown());
        assertSame(ReservedCapacityInstanceType.Known.UNRECOGNIZED, type.known());
        assertEquals(ReservedCapacityInstanceType.fromValue("ml.trn1.32xlarge"), type);
        assertEquals(ReservedCapacityInstanceType.fromValue("ml.trn1.32xlarge").hashCode(), type.hashCode());
        assertNotEquals(ReservedCapacityInstanceType.ML_P5_48XLARGE, type);
        assertEquals("\"ml.trn1.32xlarge\"", MAPPER.writeValueAsString(type));
        assertFalse(ReservedCapacityInstanceType.knownValues().contains(type));
    }

    @Test
    void knownValuesAreTheConstantsAndSwitchable() throws IOException {
        ListTrainingPlansResponse read = MAPPER.readValue(response(), ListTrainingPlansResponse.class);
        ReservedCapacityInstanceType p5 = read.trainingPlanSummaries().get(0).reservedCapacitySummaries().get(0)
                .instanceType();
        assertSame(ReservedCapacityInstanceType.ML_P5_48XLARGE, p5);
        assertTrue(p5.isKnown());
        String family = switch (p5.known()) {
            case ML_P4D_24XLARGE, ML_P5_48XLARGE, ML_P5E_48XLARGE, ML_P5EN_48XLARGE -> "gpu";
            case ML_TRN2_48XLARGE -> "trainium";
            case UNRECOGNIZED -> "unknown";
        };
        assertEquals("gpu", family);
        assertEquals(5, ReservedCapacityInstanceType.knownValues().size());
        assertEquals(TrainingPlanStatus.PENDING, read.trainingPlanSummaries().get(1).status());
    }

    @Test
    void timestampsAreEpochSecondsWithFractions() throws IOException {
        ListTrainingPlansResponse read = MAPPER.readValue(response(), ListTrainingPlansResponse.class);
        TrainingPlanSummary plan = read.trainingPlanSummaries().get(0);
        assertEquals(Instant.ofEpochSecond(1737014400), plan.startTime());
        assertEquals(Instant.ofEpochSecond(1737620999, 500_000_000), plan.endTime());
        JsonNode written = MAPPER.valueToTree(plan);
        assertEquals(new BigDecimal("1737620999.5"), written.get("EndTime").decimalValue());
        assertTrue(written.get("StartTime").isIntegralNumber(), "whole seconds are written without a fraction");
        assertEquals(Instant.parse("2025-01-16T08:00:00.25Z"),
                read.trainingPlanSummaries().get(0).reservedCapacitySummaries().get(1).startTime());
    }

    @Test
    void absentMembersAreNullAndOmitted() throws IOException {
        ListTrainingPlansResponse read = MAPPER.readValue(response(), ListTrainingPlansResponse.class);
        TrainingPlanSummary pending = read.trainingPlanSummaries().get(1);
        assertNull(pending.startTime());
        assertNull(pending.reservedCapacitySummaries());
        JsonNode written = MAPPER.valueToTree(pending);
        assertFalse(written.has("StartTime"));
        assertFalse(written.has("ReservedCapacitySummaries"));
        assertEquals(4, written.size());
    }

    @Test
    void unknownPropertiesAreKeptAndWrittenBack() throws IOException {
        String json = "{\"TrainingPlanSummaries\": [], \"AddedIn2030\": {\"x\": [1, 2]}}";
        ListTrainingPlansResponse read = MAPPER.readValue(json, ListTrainingPlansResponse.class);
        assertEquals(0, read.trainingPlanSummaries().size());
        assertEquals("{\"x\":[1,2]}", read.unknownMembers().get("AddedIn2030").toString());
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(read)));
    }

    @Test
    void wrongJsonTypeIsAnErrorThatNamesThePath() {
        String json = "{\"TrainingPlanSummaries\": [{\"TotalInstanceCount\": {\"not\": \"a number\"}}]}";
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(json, ListTrainingPlansResponse.class));
        assertTrue(e.getMessage().contains("TrainingPlanSummaries"), e.getMessage());
        assertTrue(e.getMessage().contains("TotalInstanceCount"), e.getMessage());
    }
}
