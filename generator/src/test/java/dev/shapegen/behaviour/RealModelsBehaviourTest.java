package dev.shapegen.behaviour;

import static dev.shapegen.testing.CompiledCode.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Round trips through types generated from real AWS models: a union, a recursive structure, a selection. */
class RealModelsBehaviourTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Object roundTrip(CompiledCode code, String type, String json) throws Exception {
        Object value = MAPPER.readValue(json, code.load(type));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)), "round trip of " + json);
        return value;
    }

    @Test
    void sageMakerAutoMlProblemTypeConfigUnionRoundTrips() throws Exception {
        Path spec = TestPaths.awsModel("sagemaker-latest.json");
        CompiledCode code = Fixtures.compile("automl", spec, List.of("AutoMLProblemTypeConfig"), List.of());
        String type = Fixtures.packageOf("automl") + ".AutoMLProblemTypeConfig";
        Object tabular = roundTrip(code, type, "{\"TabularJobConfig\": {\"TargetAttributeName\": \"label\","
                + " \"ProblemType\": \"BinaryClassification\", \"CompletionCriteria\": {\"MaxCandidates\": 10},"
                + " \"FeatureSpecificationS3Uri\": \"s3://bucket/features.json\"}}");
        assertEquals("TabularJobConfig", call(tabular, "memberName"));
        assertEquals("TabularJobConfig", tabular.getClass().getSimpleName());
        roundTrip(code, type, "{\"TextClassificationJobConfig\": {\"ContentColumn\": \"text\","
                + " \"TargetLabelColumn\": \"label\"}}");
        Object future = roundTrip(code, type, "{\"QuantumJobConfig\": {\"Qubits\": 128, \"Mode\": [\"fast\"]}}");
        assertEquals("Unknown", future.getClass().getSimpleName());
        assertEquals("QuantumJobConfig", call(future, "memberName"));
        @SuppressWarnings("unchecked")
        List<Object> violations = (List<Object>) call(MAPPER.readValue("{\"TabularJobConfig\": {}}",
                code.load(type)), "validate");
        assertEquals("TabularJobConfig.TargetAttributeName: is required", violations.get(0).toString());
    }

    @Test
    void dynamoDbAttributeValueRecursesThroughMapsAndLists() throws Exception {
        Path spec = TestPaths.awsModel("dynamodb.json");
        CompiledCode code = Fixtures.compile("dynamodb", spec, List.of("AttributeValue"), List.of());
        String json = "{\"M\": {\"name\": {\"S\": \"Ada\"}, \"age\": {\"N\": \"36\"}, \"photo\": {\"B\": \"iVBORw0K\"},"
                + " \"tags\": {\"SS\": [\"a\", \"b\"]}, \"nothing\": {\"NULL\": true}, \"nested\": {\"L\": ["
                + "{\"M\": {\"deep\": {\"L\": [{\"BOOL\": false}, {\"NS\": [\"1\", \"2.5\"]}]}}}, {\"BS\": [\"AQ==\"]}]}}}";
        Object value = roundTrip(code, Fixtures.packageOf("dynamodb") + ".AttributeValue", json);
        assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), value.getClass()));
        Object nothing = ((java.util.Map<?, ?>) call(value, "m")).get("nothing");
        assertEquals(Boolean.TRUE, call(nothing, "null_"), "NULL is renamed, not lost");
    }

    @Test
    void trainingPlanOperationsPickedOutOfSageMakerMatchOurSpec() throws Exception {
        Path spec = TestPaths.awsModel("sagemaker-2025-01-16.json");
        List<String> ops = List.of("DescribeTrainingPlan", "ListTrainingPlans", "SearchTrainingPlanOfferings");
        GenerationRequest fromReal = new GenerationRequest(spec, Path.of("unused"), "com.example.tp", List.of(), ops);
        Path ours = TestPaths.root().resolve("spec/training-plans-2025-01-16.json");
        GenerationRequest fromOurs = GenerationRequest.all(ours, Path.of("unused"), "com.example.tp");
        Set<String> real = paths(Generator.emit("sagemaker", Files.readAllBytes(spec), fromReal));
        Set<String> mine = paths(Generator.emit("ours", Files.readAllBytes(ours), fromOurs));
        assertEquals(mine, real);
        assertTrue(real.contains("com/example/tp/ReservedCapacityInstanceType.java"));
        assertEquals(20 + 16, real.size(), "20 types and 16 support files");
    }

    private static Set<String> paths(Generator.Emitted emitted) {
        Set<String> out = new TreeSet<>();
        emitted.files().forEach(f -> out.add(f.path()));
        return out;
    }
}
