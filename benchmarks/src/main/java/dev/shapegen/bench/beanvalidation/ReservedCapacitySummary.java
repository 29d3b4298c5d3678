package dev.shapegen.bench.beanvalidation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One block of reserved capacity.
 *
 * @param reservedCapacityArn the block's ARN
 * @param instanceType the instance type
 * @param totalInstanceCount instances in the block
 * @param status the block's lifecycle state
 * @param availabilityZone where the instances are
 * @param durationHours whole hours of the reservation
 * @param durationMinutes minutes past the whole hours
 * @param startTime when the reservation begins
 * @param endTime when the reservation ends
 */
public record ReservedCapacitySummary(
        @NotNull @Size(min = 50, max = 2048)
        @Pattern(regexp = "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:reserved-capacity/.*")
        String reservedCapacityArn,
        @NotNull ReservedCapacityInstanceType instanceType,
        @NotNull @Min(0) Integer totalInstanceCount,
        @NotNull ReservedCapacityStatus status,
        @Size(min = 1, max = 32) @Pattern(regexp = "[a-z]+\\-[0-9a-z\\-]+") String availabilityZone,
        @Min(0) @Max(87600) Long durationHours,
        @Min(0) @Max(59) Long durationMinutes,
        Instant startTime,
        Instant endTime) {}
