package it.mine;

/** Written by hand, in the project's own sources next to the generated ones. */
public class Mine {}
