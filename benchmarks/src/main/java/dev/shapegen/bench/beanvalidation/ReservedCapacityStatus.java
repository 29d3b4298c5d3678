package dev.shapegen.bench.beanvalidation;

/** A reserved capacity block's lifecycle state. Closed, as hand-written and OpenAPI-generated enums are. */
public enum ReservedCapacityStatus {
    PENDING, ACTIVE, SCHEDULED, EXPIRED, FAILED
}
