package dev.shapegen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.it.v20250115.ListTrainingPlansResponse;
import dev.shapegen.it.v20250115.runtime.ValidationException;
import dev.shapegen.it.v20250115.runtime.Violation;
import dev.shapegen.it.v20250116.ListTrainingPlansRequest;
import dev.shapegen.it.v20250116.ReservedCapacityInstanceType;
import dev.shapegen.it.v20250116.SearchTrainingPlanOfferingsRequest;
import dev.shapegen.it.v20250116.TrainingPlanFilter;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** validate(): every violation, deep, with paths in wire names. */
class TrainingPlanValidationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<String> rendered(List<?> violations) {
        return violations.stream().map(Object::toString).toList();
    }

    @Test
    void nestedListViolationsCarryFullPaths() throws IOException {
        String json = "{\"TrainingPlanSummaries\": [{"
                + "\"TrainingPlanArn\": \"arn:aws:sagemaker:us-east-1:123456789012:training-plan/ok-plan-name\","
                + "\"TrainingPlanName\": \"ok\", \"Status\": \"Active\", \"ReservedCapacitySummaries\": ["
                + rc("ml.p5.48xlarge", 1) + "," + rc("ml.p5.48xlarge", 2) + "," + rc("ml.p4d.24xlarge", -3) + "]}]}";
        ListTrainingPlansResponse r = MAPPER.readValue(json, ListTrainingPlansResponse.class);
        assertEquals(List.of("TrainingPlanSummaries[0].ReservedCapacitySummaries[2].TotalInstanceCount: "
                + "must be at least 0, but is -3"), rendered(r.validate()));
    }

    private static String rc(String type, int count) {
        return "{\"ReservedCapacityArn\": \"arn:aws:sagemaker:us-east-1:123456789012:reserved-capacity/rc-01234567\","
                + "\"InstanceType\": \"" + type + "\", \"TotalInstanceCount\": " + count + ", \"Status\": \"Active\"}";
    }

    @Test
    void everyKindOfConstraintIsReportedAtOnce() {
        SearchTrainingPlanOfferingsRequest r = SearchTrainingPlanOfferingsRequest.builder()
                .instanceType(ReservedCapacityInstanceType.fromValue("ml.x99.huge"))
                .instanceCount(0)
                .durationHours(100_000L)
                .targetResources(List.of())
                .build();
        assertEquals(List.of(
                "InstanceType: \"ml.x99.huge\" is not one of the known values: ml.p4d.24xlarge, ml.p5.48xlarge, "
                        + "ml.p5e.48xlarge, ml.p5en.48xlarge, ml.trn1.32xlarge, ml.trn2.48xlarge",
                "InstanceCount: must be at least 1, but is 0",
                "DurationHours: must be at most 87600, but is 100000",
                "TargetResources: must have at least 1 element, but has 0"), rendered(r.validate()));
    }

    @Test
    void requiredMembersAndPatternsAndLengths() {
        ListTrainingPlansRequest r = ListTrainingPlansRequest.builder()
                .nextToken("x".repeat(8193))
                .maxResults(0)
                .filters(Collections.nCopies(6, new TrainingPlanFilter(null, "Active")))
                .build();
        List<String> v = rendered(r.validate());
        assertEquals("NextToken: must be at most 8192 characters long, but is 8193", v.get(0));
        assertEquals("MaxResults: must be at least 1, but is 0", v.get(1));
        assertEquals("Filters: must have at most 5 elements, but has 6", v.get(2));
        assertEquals("Filters[0].Name: is required", v.get(3));
        assertEquals("Filters[5].Name: is required", v.get(8));
        assertEquals(9, v.size());
    }

    @Test
    void validValueHasNoViolationsAndValidateOrThrowPasses() throws IOException {
        SearchTrainingPlanOfferingsRequest r = SearchTrainingPlanOfferingsRequest.builder()
                .instanceType(ReservedCapacityInstanceType.ML_P5_48XLARGE).instanceCount(2)
                .targetResources(List.of(dev.shapegen.it.v20250116.SageMakerResourceName.HYPERPOD_CLUSTER)).build();
        assertEquals(List.of(), r.validate());
        r.validateOrThrow();
    }

    @Test
    void validateOrThrowListsEveryViolation() throws IOException {
        ListTrainingPlansResponse r = MAPPER.readValue("{\"TrainingPlanSummaries\": [{\"TrainingPlanName\": \"-bad\"}]}",
                ListTrainingPlansResponse.class);
        ValidationException e = assertThrows(ValidationException.class, r::validateOrThrow);
        List<Violation> violations = e.violations();
        assertEquals(List.of("TrainingPlanSummaries[0].TrainingPlanArn: is required",
                "TrainingPlanSummaries[0].TrainingPlanName: must match the pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}",
                "TrainingPlanSummaries[0].Status: is required"), rendered(violations));
        assertTrue(e.getMessage().startsWith("3 constraint violations"), e.getMessage());
    }

    /** An exception sent to another JVM (RMI, a job framework) keeps its violations, not only its message. */
    @Test
    void aSerializedValidationExceptionKeepsItsViolations() throws Exception {
        ListTrainingPlansResponse r = MAPPER.readValue(
                "{\"TrainingPlanSummaries\": [{\"TrainingPlanName\": \"-bad\"}]}", ListTrainingPlansResponse.class);
        ValidationException e = assertThrows(ValidationException.class, r::validateOrThrow);
        ValidationException back = sentAndBack(e);
        assertEquals(e.violations(), back.violations());
        assertEquals(e.getMessage(), back.getMessage());
        // What the constructor takes reads back too: no violations, a violation without a path.
        for (List<Violation> odd : List.of(List.<Violation>of(), List.of(new Violation(null, "odd")))) {
            assertEquals(odd, sentAndBack(new ValidationException(odd)).violations());
        }
    }

    private static ValidationException sentAndBack(ValidationException e) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (ValidationException) in.readObject();
        }
    }

    @Test
    void aValueUnknownToTheOlderModelIsAViolationThere() throws IOException {
        ListTrainingPlansResponse r = MAPPER.readValue("{\"TrainingPlanSummaries\": [{"
                + "\"TrainingPlanArn\": \"arn:aws:sagemaker:us-east-1:123456789012:training-plan/ok-plan-name\","
                + "\"TrainingPlanName\": \"ok\", \"Status\": \"Active\", \"ReservedCapacitySummaries\": ["
                + rc("ml.trn1.32xlarge", 1) + "]}]}", ListTrainingPlansResponse.class);
        List<String> v = rendered(r.validate());
        assertEquals(1, v.size());
        assertTrue(v.get(0).startsWith("TrainingPlanSummaries[0].ReservedCapacitySummaries[0].InstanceType: "
                + "\"ml.trn1.32xlarge\" is not one of the known values"), v.get(0));
    }
}
