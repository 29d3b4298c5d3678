package dev.shapegen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.it.v20250116.ReservedCapacityInstanceType;
import dev.shapegen.it.v20250116.SageMakerResourceName;
import dev.shapegen.it.v20250116.SearchTrainingPlanOfferingsRequest;
import dev.shapegen.it.v20250116.TrainingPlanFilter;
import dev.shapegen.it.v20250116.TrainingPlanFilterName;
import dev.shapegen.it.v20250116.ListTrainingPlansRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builders, immutability, equality and request writing of the generated records. */
class TrainingPlanRecordsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SearchTrainingPlanOfferingsRequest request() {
        return SearchTrainingPlanOfferingsRequest.builder()
                .instanceType(ReservedCapacityInstanceType.ML_TRN1_32XLARGE)
                .instanceCount(4)
                .startTimeAfter(Instant.parse("2025-02-01T00:00:00Z"))
                .durationHours(72L)
                .targetResources(List.of(SageMakerResourceName.TRAINING_JOB))
                .build();
    }

    @Test
    void builderSetsEveryComponentAndLeavesTheRestNull() {
        SearchTrainingPlanOfferingsRequest r = request();
        assertEquals(ReservedCapacityInstanceType.ML_TRN1_32XLARGE, r.instanceType());
        assertEquals(4, r.instanceCount());
        assertEquals(72L, r.durationHours());
        assertNull(r.endTimeBefore());
    }

    @Test
    void toBuilderCopiesAndChangesOnlyWhatIsSet() {
        SearchTrainingPlanOfferingsRequest r = request();
        SearchTrainingPlanOfferingsRequest more = r.toBuilder().instanceCount(8).build();
        assertEquals(8, more.instanceCount());
        assertEquals(4, r.instanceCount(), "the original is unchanged");
        assertEquals(r, more.toBuilder().instanceCount(4).build());
        assertEquals(r, r.toBuilder().build());
        assertNotSame(r, r.toBuilder().build());
    }

    @Test
    void equalsAndHashCodeFollowTheValues() {
        assertEquals(request(), request());
        assertEquals(request().hashCode(), request().hashCode());
        assertNotEquals(request(), request().toBuilder().durationHours(73L).build());
        assertNotEquals(request(), request().toBuilder().targetResources(List.of()).build());
    }

    @Test
    void listsAreUnmodifiableCopies() {
        List<TrainingPlanFilter> filters = new ArrayList<>();
        filters.add(new TrainingPlanFilter(TrainingPlanFilterName.STATUS, "Active"));
        ListTrainingPlansRequest r = ListTrainingPlansRequest.builder().filters(filters).build();
        filters.add(new TrainingPlanFilter(TrainingPlanFilterName.STATUS, "Expired"));
        assertEquals(1, r.filters().size(), "later changes to the source list do not leak in");
        assertThrows(UnsupportedOperationException.class,
                () -> r.filters().add(new TrainingPlanFilter(TrainingPlanFilterName.STATUS, "Failed")));
        assertThrows(UnsupportedOperationException.class, () -> r.filters().clear());
    }

    @Test
    void requestIsWrittenWithWireNamesInMemberOrder() throws IOException {
        String json = MAPPER.writeValueAsString(request());
        assertEquals("{\"InstanceType\":\"ml.trn1.32xlarge\",\"InstanceCount\":4,\"StartTimeAfter\":1738368000,"
                + "\"DurationHours\":72,\"TargetResources\":[\"training-job\"]}", json);
        assertEquals(request(), MAPPER.readValue(json, SearchTrainingPlanOfferingsRequest.class));
    }

    @Test
    void toStringShowsTheValues() {
        String s = request().toString();
        assertTrue(s.startsWith("SearchTrainingPlanOfferingsRequest["), s);
        assertTrue(s.contains("instanceType=ml.trn1.32xlarge"), s);
    }
}
