package dev.shapegen.bench.beanvalidation;

/** A training plan's lifecycle state. Closed, as hand-written and OpenAPI-generated enums are. */
public enum TrainingPlanStatus {
    PENDING, ACTIVE, SCHEDULED, EXPIRED, FAILED
}
