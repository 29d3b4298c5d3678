package dev.shapegen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.shapegen.it.v20250116.ListTrainingPlansResponse;
import dev.shapegen.it.v20250116.SageMakerResourceName;
import dev.shapegen.it.v20250116.TrainingPlanSummary;
import dev.shapegen.it.v20250116.runtime.Json;
import dev.shapegen.it.v20250116.runtime.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile JSON read into the generated Training Plan types with a plain {@code new ObjectMapper()}: what is refused
 * and where the error says it happened, what is let through, and the size limits that apply.
 */
class HostileInputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The path of a mapping error in wire names, e.g. {@code TrainingPlanSummaries[0] -> TotalInstanceCount}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : " -> ").append(r.getFieldName());
            } else {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "string for a number     | {\"TrainingPlanSummaries\": [{\"TotalInstanceCount\": \"12\"}]}    | TrainingPlanSummaries[0] -> TotalInstanceCount | expected an integer, but found a string",
        "fraction for an integer | {\"TrainingPlanSummaries\": [{\"TotalInstanceCount\": 1.5}]}       | TrainingPlanSummaries[0] -> TotalInstanceCount | expected an integer, but found a number",
        "boolean for a number    | {\"TrainingPlanSummaries\": [{\"TotalInstanceCount\": true}]}      | TrainingPlanSummaries[0] -> TotalInstanceCount | expected an integer, but found a boolean",
        "array for a number      | {\"TrainingPlanSummaries\": [{\"TotalInstanceCount\": [1]}]}       | TrainingPlanSummaries[0] -> TotalInstanceCount | expected an integer, but found an array",
        "number out of int range | {\"TrainingPlanSummaries\": [{\"TotalInstanceCount\": 99999999999}]} | TrainingPlanSummaries[0] -> TotalInstanceCount | expected an integer from -2147483648 to 2147483647, but found 99999999999",
        "number out of long range| {\"TrainingPlanSummaries\": [{\"DurationHours\": 99999999999999999999}]} | TrainingPlanSummaries[0] -> DurationHours | expected an integer from -9223372036854775808 to 9223372036854775807, but found 99999999999999999999",
        "empty string for number | {\"TrainingPlanSummaries\": [{\"DurationHours\": \"\"}]}          | TrainingPlanSummaries[0] -> DurationHours      | expected an integer, but found a string",
        "object for a list       | {\"TrainingPlanSummaries\": {}}                                   | TrainingPlanSummaries                          | expected an array, but found an object",
        "string for a list       | {\"TrainingPlanSummaries\": \"x\"}                                | TrainingPlanSummaries                          | expected an array, but found a string",
        "number for a structure  | {\"TrainingPlanSummaries\": [5]}                                  | TrainingPlanSummaries[0]                       | expected an object, but found a number",
        "array for a structure   | {\"TrainingPlanSummaries\": [[]]}                                 | TrainingPlanSummaries[0]                       | expected an object, but found an array",
        "number for an enum      | {\"TrainingPlanSummaries\": [{\"Status\": 5}]}                      | TrainingPlanSummaries[0] -> Status             | expected a string, but found a number",
        "boolean for an enum     | {\"TrainingPlanSummaries\": [{\"Status\": false}]}                  | TrainingPlanSummaries[0] -> Status             | expected a string, but found a boolean",
        "object for an enum      | {\"TrainingPlanSummaries\": [{\"Status\": {}}]}                     | TrainingPlanSummaries[0] -> Status             | expected a string, but found an object",
        "number for a string     | {\"TrainingPlanSummaries\": [{\"TrainingPlanName\": 5}]}            | TrainingPlanSummaries[0] -> TrainingPlanName   | expected a string, but found a number",
        "array for a string      | {\"TrainingPlanSummaries\": [{\"TrainingPlanName\": []}]}           | TrainingPlanSummaries[0] -> TrainingPlanName   | expected a string, but found an array",
        "text for a timestamp    | {\"TrainingPlanSummaries\": [{\"StartTime\": \"nope\"}]}            | TrainingPlanSummaries[0] -> StartTime          | not a timestamp: expected epoch seconds, ISO 8601 or RFC 822",
        "array for a timestamp   | {\"TrainingPlanSummaries\": [{\"StartTime\": [1]}]}                 | TrainingPlanSummaries[0] -> StartTime          | expected a timestamp, but found an array",
        "timestamp out of range  | {\"TrainingPlanSummaries\": [{\"StartTime\": 1e999999999}]}         | TrainingPlanSummaries[0] -> StartTime          | not a timestamp: 1e999999999 seconds is outside the range of Instant",
        "timestamp past Instant  | {\"TrainingPlanSummaries\": [{\"EndTime\": 9223372036854775807}]}   | TrainingPlanSummaries[0] -> EndTime            | not a timestamp: 9223372036854775807 seconds is outside the range of Instant",
        "deeper: enum in a list  | {\"TrainingPlanSummaries\": [{}, {\"ReservedCapacitySummaries\": [{\"InstanceType\": 3}]}]} | TrainingPlanSummaries[1] -> ReservedCapacitySummaries[0] -> InstanceType | expected a string, but found a number",
        "array for the response  | []                                                                |                                                | expected an object, but found an array"})
    void aWrongJsonTypeIsRefusedWithThePathWhereItHappened(String what, String json, String path, String message) {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue(json, ListTrainingPlansResponse.class));
        assertEquals(path == null ? "" : path, path(e), e.getMessage());
        assertEquals(message, e.getOriginalMessage());
    }

    @Test
    void absurdTimestampsFailOrRoundAtOnceWithoutBigArithmetic() {
        // Before the range check, 1e999999999 made BigDecimal build a number of a billion digits.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(Instant.EPOCH, summary("{\"StartTime\": 1e-999999999}").startTime());
            assertEquals(Instant.EPOCH.minusNanos(1), summary("{\"StartTime\": -1e-999999999}").startTime());
            assertEquals(Instant.ofEpochSecond(1737014400, 500_000_000),
                    summary("{\"StartTime\": \"1737014400.5\"}").startTime());
            JsonMappingException digits = assertThrows(JsonMappingException.class,
                    () -> summary("{\"StartTime\": \"1" + "0".repeat(100_000) + "\"}"));
            assertEquals("not a timestamp: expected epoch seconds, ISO 8601 or RFC 822", digits.getOriginalMessage());
            assertEquals("StartTime", path(digits));
            JsonMappingException far = assertThrows(JsonMappingException.class,
                    () -> summary("{\"StartTime\": \"99999999999999999999\"}"));
            assertEquals("not a timestamp: outside the range of Instant", far.getOriginalMessage());
            JsonMappingException huge = assertThrows(JsonMappingException.class,
                    () -> summary("{\"StartTime\": -1e999999999}"));
            assertTrue(huge.getOriginalMessage().contains("outside the range of Instant"), huge.getOriginalMessage());
        });
    }

    private static TrainingPlanSummary summary(String json) throws Exception {
        return MAPPER.readValue(json, TrainingPlanSummary.class);
    }

    /** What the generated readers accept: scalars only of their own JSON type, but the last of duplicate members. */
    @Test
    void duplicateMembersAndTrailingContentAreAcceptedByDefault() throws Exception {
        assertEquals(2, summary("{\"TotalInstanceCount\": 1, \"TotalInstanceCount\": 2}").totalInstanceCount());
        assertEquals(1, summary("{\"TotalInstanceCount\": 1} {\"trailing\": true}").totalInstanceCount());
        assertNull(summary("{\"TotalInstanceCount\": null}").totalInstanceCount(), "null is absent");
    }

    @Test
    void aStrictMapperRefusesDuplicatesAndTrailingContent() {
        ObjectMapper strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (String json : List.of("{\"TotalInstanceCount\": 1, \"TotalInstanceCount\": 2}",
                "{\"TotalInstanceCount\": 1} {}")) {
            assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                    () -> strict.readValue(json, TrainingPlanSummary.class), json);
        }
    }

    @Test
    void theLimitsInForceAreJacksonsDefaultsAndTheGeneratedOnes() {
        StreamReadConstraints read = StreamReadConstraints.defaults();
        assertEquals(1000, read.getMaxNestingDepth());
        assertEquals(20_000_000, read.getMaxStringLength());
        assertEquals(1000, read.getMaxNumberLength());
        assertEquals(50_000, read.getMaxNameLength());
        assertEquals(-1, read.getMaxDocumentLength(), "no limit on the size of the input");
        assertEquals(-1, read.getMaxTokenCount(), "no limit on the number of tokens, so none on list sizes");
        assertEquals(1000, StreamWriteConstraints.defaults().getMaxNestingDepth());
        assertEquals(256, Json.MAX_NESTING);
        assertEquals(1000, Validation.MAX_DEPTH);
        assertEquals(100_000, Validation.PATTERN_STEPS);
        assertEquals(8, Validation.PATTERN_STEPS_PER_CHAR);
    }

    @Test
    void aThirtyMegabyteStringIsRefusedWithTheLimitAndThePath() {
        byte[] json = utf8("{\"TrainingPlanSummaries\": [{\"TrainingPlanName\": \"" + "a".repeat(30_000_000) + "\"}]}");
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue(json, ListTrainingPlansResponse.class));
        assertTrue(e.getOriginalMessage().matches("String value length \\(\\d+\\) exceeds the maximum allowed "
                + "\\(20000000, from `StreamReadConstraints.getMaxStringLength\\(\\)`\\)"), e.getOriginalMessage());
        assertEquals("TrainingPlanSummaries[0] -> TrainingPlanName", path(e));
    }

    @Test
    void aThirtyMegabyteStringInAnUnknownPropertyIsRefusedWithTheLimitAndThePath() {
        // Unknown properties are kept to be written back, so the same limit applies to them as to any member.
        byte[] json = utf8("{\"TrainingPlanSummaries\": [{\"Unknown\": \"" + "a".repeat(30_000_000) + "\"}]}");
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue(json, ListTrainingPlansResponse.class));
        assertTrue(e.getOriginalMessage().startsWith("String value length"), e.getOriginalMessage());
        assertEquals("TrainingPlanSummaries[0] -> Unknown", path(e));
    }

    @Test
    void longNamesAndNumbersAreRefusedByJacksonsLimits() {
        // The parser refuses them while reading the token, before a generated reader sees it: no path.
        StreamConstraintsException name = assertThrows(StreamConstraintsException.class, () -> MAPPER.readValue(
                "{\"TrainingPlanSummaries\": [{\"" + "k".repeat(60_000) + "\": 1}]}", ListTrainingPlansResponse.class));
        assertTrue(name.getOriginalMessage().startsWith("Name length (60000) exceeds the maximum allowed (50000"),
                name.getOriginalMessage());
        StreamConstraintsException number = assertThrows(StreamConstraintsException.class, () -> MAPPER.readValue(
                "{\"TrainingPlanSummaries\": [{\"Ignored\": " + "9".repeat(2000) + "}]}", ListTrainingPlansResponse.class));
        assertTrue(number.getOriginalMessage().startsWith("Number value length (2000) exceeds the maximum allowed "
                + "(1000"), number.getOriginalMessage());
    }

    @Test
    void aStringJustUnderTheLimitIsReadAndValidateChecksItsLengthBeforeItsPattern() throws Exception {
        // Every '-' fails TrainingPlanName's pattern; a second violation would mean the pattern ran.
        byte[] json = utf8("{\"TrainingPlanSummaries\": [{\"TrainingPlanArn\": \"arn:aws:sagemaker:us-east-1:"
                + "123456789012:training-plan/p\", \"Status\": \"Active\", \"TrainingPlanName\": \""
                + "-".repeat(19_999_999) + "\"}]}");
        ListTrainingPlansResponse r = MAPPER.readValue(json, ListTrainingPlansResponse.class);
        assertEquals(List.of("TrainingPlanSummaries[0].TrainingPlanName: must be at most 64 characters long, but is "
                + "19999999"), r.validate().stream().map(Object::toString).toList());
    }

    @Test
    void aListIsBoundedOnlyByTheInput() throws Exception {
        int n = 1_000_000;
        StringBuilder json = new StringBuilder("{\"TargetResources\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"training-job\"");
        }
        TrainingPlanSummary s = MAPPER.readValue(utf8(json.append("]}").toString()), TrainingPlanSummary.class);
        assertEquals(n, s.targetResources().size());
        assertSame(SageMakerResourceName.TRAINING_JOB, s.targetResources().get(n - 1), "known values are shared");
    }

    @Test
    void unknownPropertiesAreKeptAtEveryLevelEvenHugeOrDeep() throws Exception {
        String deep = "[".repeat(900) + "]".repeat(900);
        String json = "{\"New\": 1, \"TrainingPlanSummaries\": [{\"TrainingPlanName\": \"p\", \"New\": " + deep + ","
                + " \"ReservedCapacitySummaries\": [{\"TotalInstanceCount\": 2, \"New\": {\"a\": [1, {\"b\": null}]}}],"
                + " \"Huge\": [" + "0,".repeat(100_000) + "0]}], \"Later\": \"x\"}";
        ListTrainingPlansResponse read = MAPPER.readValue(json, ListTrainingPlansResponse.class);
        assertEquals(List.of("New", "Later"), List.copyOf(read.unknownMembers().names()));
        TrainingPlanSummary summary = read.trainingPlanSummaries().get(0);
        assertEquals("p", summary.trainingPlanName());
        assertEquals(List.of("New", "Huge"), List.copyOf(summary.unknownMembers().names()));
        assertEquals(List.of("New"), List.copyOf(summary.reservedCapacitySummaries().get(0).unknownMembers().names()));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(read)), "written back whole");
    }

    @Test
    void unknownEnumValuesOfAnyContentAreKeptAndWrittenBackExactly() throws Exception {
        String odd = "x".repeat(10_000);
        String json = "{\"Status\": \"\", \"TargetResources\": [\"training-job\", \"" + odd + "\", \"\\u0000\","
                + " \"</script>\", \"\\ud83d\\ude00\", \"TRAINING-JOB\"]}";
        TrainingPlanSummary s = MAPPER.readValue(json, TrainingPlanSummary.class);
        assertFalse(s.status().isKnown());
        assertEquals("", s.status().value());
        assertEquals(List.of(true, false, false, false, false, false),
                s.targetResources().stream().map(SageMakerResourceName::isKnown).toList());
        assertEquals(odd, s.targetResources().get(1).value());
        assertEquals("\u0000", s.targetResources().get(2).value());
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(s)));
        assertEquals(6, s.validate().stream().filter(v -> v.toString().contains("is not one of the known values"))
                .count(), "each unknown value is a violation: " + s.validate());
    }
}
