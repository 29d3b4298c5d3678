package dev.shapegen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.shapegen.it.v20250116.ListTrainingPlansResponse;
import dev.shapegen.it.v20250116.ReservedCapacitySummary;
import dev.shapegen.it.v20250116.TrainingPlanSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated streaming code as Jackson users meet it: through a plain ObjectMapper, inside their own generic
 * types, and in its errors.
 */
class StreamingJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    @Test
    void wrongJsonTypeFailsWithThePathToTheMember() {
        String json = "{\"TrainingPlanSummaries\": [{\"TrainingPlanArn\": \"a\"}, "
                + "{\"ReservedCapacitySummaries\": [{\"TotalInstanceCount\": \"four\"}]}]}";
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue(json, ListTrainingPlansResponse.class));
        assertEquals("TrainingPlanSummaries.[1].ReservedCapacitySummaries.[0].TotalInstanceCount", path(e));
        assertTrue(e.getMessage().startsWith("expected an integer, but found a string"), e.getMessage());
        assertTrue(e.getMessage().contains("TrainingPlanSummary[\"ReservedCapacitySummaries\"]"), e.getMessage());
    }

    @Test
    void everyKindOfWrongValueNamesWhatWasExpected() {
        Map<String, String> cases = Map.of(
                "{\"TrainingPlanSummaries\": {}}", "expected an array, but found an object",
                "{\"TrainingPlanSummaries\": [7]}", "expected an object, but found a number",
                "{\"TrainingPlanSummaries\": [{\"Status\": 1}]}", "expected a string, but found a number",
                "{\"TrainingPlanSummaries\": [{\"DurationHours\": 1.5}]}", "expected an integer, but found a number",
                "{\"TrainingPlanSummaries\": [{\"TargetResources\": \"training-job\"}]}",
                "expected an array, but found a string");
        cases.forEach((json, expected) -> {
            MismatchedInputException e = assertThrows(MismatchedInputException.class,
                    () -> MAPPER.readValue(json, ListTrainingPlansResponse.class), json);
            assertTrue(e.getMessage().startsWith(expected), json + " -> " + e.getMessage());
            assertTrue(path(e).startsWith("TrainingPlanSummaries"), json + " -> " + path(e));
        });
    }

    @Test
    void badTimestampTextNamesTheFormatsThatAreRead() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> MAPPER.readValue(
                "{\"TrainingPlanSummaries\": [{\"StartTime\": \"next tuesday\"}]}", ListTrainingPlansResponse.class));
        assertTrue(e.getMessage().contains("epoch seconds, ISO 8601 or RFC 822"), e.getMessage());
        assertEquals("TrainingPlanSummaries.[0].StartTime", path(e));
    }

    @Test
    void generatedTypesReadInsideTheUsersOwnGenericTypes() throws Exception {
        String summary = "{\"TrainingPlanName\": \"p\", \"TotalInstanceCount\": 2}";
        List<TrainingPlanSummary> list = MAPPER.readValue("[" + summary + ", null]", new TypeReference<>() {});
        assertEquals("p", list.get(0).trainingPlanName());
        assertEquals(null, list.get(1));
        Map<String, ReservedCapacitySummary> map = MAPPER.readValue(
                "{\"a\": {\"InstanceType\": \"ml.trn1.32xlarge\"}}", new TypeReference<>() {});
        assertEquals("ml.trn1.32xlarge", map.get("a").instanceType().value());
        // And back: the user's containers write the generated types with the generated code.
        assertEquals(MAPPER.readTree("[" + summary + ", null]"), MAPPER.valueToTree(list));
    }

    @Test
    void convertValueGoesThroughTheSameCode() {
        TrainingPlanSummary s = TrainingPlanSummary.builder().trainingPlanName("p").totalInstanceCount(3).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> asMap = MAPPER.convertValue(s, Map.class);
        assertEquals(Map.of("TrainingPlanName", "p", "TotalInstanceCount", 3), asMap);
        assertEquals(s, MAPPER.convertValue(asMap, TrainingPlanSummary.class));
    }
}
