package dev.shapegen.bench.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Overview of one training plan.
 *
 * @param trainingPlanArn the plan's ARN
 * @param trainingPlanName the plan's name
 * @param status the plan's lifecycle state
 * @param statusMessage detail on the status
 * @param durationHours whole hours of the plan's length
 * @param durationMinutes minutes past the whole hours
 * @param startTime when the plan begins
 * @param endTime when the plan ends
 * @param upfrontFee price paid in advance
 * @param currencyCode currency of the fee
 * @param totalInstanceCount instances reserved in total
 * @param availableInstanceCount reserved instances free now
 * @param inUseInstanceCount reserved instances in use now
 * @param targetResources kinds of resource that can use the plan
 * @param reservedCapacitySummaries the capacity blocks behind the plan
 */
public record TrainingPlanSummary(
        @NotNull @Size(min = 50, max = 2048)
        @Pattern(regexp = "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*")
        String trainingPlanArn,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}")
        String trainingPlanName,
        @NotNull TrainingPlanStatus status,
        @Size(max = 1024) String statusMessage,
        @Min(0) @Max(87600) Long durationHours,
        @Min(0) @Max(59) Long durationMinutes,
        Instant startTime,
        Instant endTime,
        @Size(max = 256) String upfrontFee,
        String currencyCode,
        @Min(0) Integer totalInstanceCount,
        @Min(0) Integer availableInstanceCount,
        @Min(0) Integer inUseInstanceCount,
        @Size(min = 1) List<SageMakerResourceName> targetResources,
        @Size(max = 5) @Valid List<ReservedCapacitySummary> reservedCapacitySummaries) {}
