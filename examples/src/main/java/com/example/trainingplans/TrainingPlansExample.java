package com.example.trainingplans;

import com.example.trainingplans.model.ListTrainingPlansResponse;
import com.example.trainingplans.model.ReservedCapacityInstanceType;
import com.example.trainingplans.model.ReservedCapacitySummary;
import com.example.trainingplans.model.SageMakerResourceName;
import com.example.trainingplans.model.SearchTrainingPlanOfferingsRequest;
import com.example.trainingplans.model.TrainingPlanSummary;
import com.example.trainingplans.model.runtime.Violation;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Uses the types that the shapegen plugin generated from the Training Plan spec of 2025-01-15: reads a
 * ListTrainingPlans response, prints it as a table, builds and validates a SearchTrainingPlanOfferings request, and
 * shows that an instance type added by a later API update is read and written back intact.
 */
public final class TrainingPlansExample {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrainingPlansExample() {}

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        ListTrainingPlansResponse response = readSample();
        printTable(response, out);
        out.println();
        validateRequest(out);
        out.println();
        showUnknownInstanceType(response, out);
    }

    private static ListTrainingPlansResponse readSample() {
        try (InputStream in = TrainingPlansExample.class.getResourceAsStream("/list-training-plans-response.json")) {
            return MAPPER.readValue(in, ListTrainingPlansResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void printTable(ListTrainingPlansResponse response, PrintStream out) {
        String format = "%-18s %-10s %9s %-20s %-20s %s%n";
        out.printf(format, "PLAN", "STATUS", "INSTANCES", "START", "END", "CAPACITY");
        for (TrainingPlanSummary plan : response.trainingPlanSummaries()) {
            StringBuilder capacity = new StringBuilder();
            for (ReservedCapacitySummary rc : plan.reservedCapacitySummaries() == null
                    ? List.<ReservedCapacitySummary>of() : plan.reservedCapacitySummaries()) {
                capacity.append(capacity.length() == 0 ? "" : ", ").append(rc.totalInstanceCount()).append(" x ")
                        .append(rc.instanceType().value()).append(rc.instanceType().isKnown() ? "" : " (new)");
            }
            out.printf(format, plan.trainingPlanName(), plan.status().value(),
                    plan.totalInstanceCount() == null ? "-" : plan.totalInstanceCount(), time(plan.startTime()),
                    time(plan.endTime()), capacity.length() == 0 ? "-" : capacity);
        }
    }

    static void validateRequest(PrintStream out) {
        SearchTrainingPlanOfferingsRequest request = SearchTrainingPlanOfferingsRequest.builder()
                .instanceType(ReservedCapacityInstanceType.ML_P5_48XLARGE)
                .instanceCount(512)
                .startTimeAfter(Instant.parse("2025-02-01T00:00:00Z"))
                .durationHours(100_000L)
                .targetResources(List.of(SageMakerResourceName.TRAINING_JOB))
                .build();
        List<Violation> violations = request.validate();
        out.println("SearchTrainingPlanOfferings request: " + violations.size() + " violations");
        violations.forEach(v -> out.println("  " + v));
        SearchTrainingPlanOfferingsRequest fixed = request.toBuilder().instanceCount(8).durationHours(72L).build();
        out.println("after fixing: " + fixed.validate().size() + " violations; sends " + json(fixed));
    }

    static void showUnknownInstanceType(ListTrainingPlansResponse response, PrintStream out) {
        ReservedCapacityInstanceType type = response.trainingPlanSummaries().get(0).reservedCapacitySummaries().get(1)
                .instanceType();
        out.println("instance type " + type.value() + ": known to this spec version? " + type.isKnown()
                + " (known: " + ReservedCapacityInstanceType.knownValues() + ")");
        String label = switch (type.known()) {
            case ML_P4D_24XLARGE, ML_P5_48XLARGE, ML_P5E_48XLARGE, ML_P5EN_48XLARGE -> "NVIDIA GPU";
            case ML_TRN2_48XLARGE -> "AWS Trainium";
            case UNRECOGNIZED -> "added after this spec version";
        };
        out.println("switch over known values: " + label);
        String written = json(response);
        boolean intact;
        try (InputStream in = TrainingPlansExample.class.getResourceAsStream("/list-training-plans-response.json")) {
            intact = MAPPER.readTree(in).equals(MAPPER.readTree(written));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("written back intact: " + intact);
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.toString();
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
