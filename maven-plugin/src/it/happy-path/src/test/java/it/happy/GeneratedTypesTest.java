package it.happy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedTypesTest {
    @Test
    void generatedRecordsWorkInTheConsumerBuild() throws Exception {
        SearchTrainingPlanOfferingsRequest request = SearchTrainingPlanOfferingsRequest.builder()
                .instanceType(ReservedCapacityInstanceType.ML_TRN1_32XLARGE)
                .instanceCount(0)
                .targetResources(List.of(SageMakerResourceName.TRAINING_JOB))
                .build();
        assertEquals(List.of("InstanceCount: must be at least 1, but is 0"),
                request.validate().stream().map(Object::toString).toList());
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(request);
        assertEquals(request, mapper.readValue(json, SearchTrainingPlanOfferingsRequest.class));
    }
}
