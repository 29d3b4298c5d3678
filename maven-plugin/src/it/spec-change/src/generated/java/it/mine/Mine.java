package it.mine;

/** Written by hand in the output directory: shapegen must never delete it. */
public class Mine {}
