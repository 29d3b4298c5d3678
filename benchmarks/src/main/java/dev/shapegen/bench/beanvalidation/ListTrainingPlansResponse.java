package dev.shapegen.bench.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One page of training plans.
 *
 * @param nextToken present when more results remain
 * @param trainingPlanSummaries the plans on this page
 */
public record ListTrainingPlansResponse(
        @Size(max = 8192) @Pattern(regexp = ".*") String nextToken,
        @NotNull @Valid List<TrainingPlanSummary> trainingPlanSummaries) {}
