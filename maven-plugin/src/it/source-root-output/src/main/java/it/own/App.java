package it.own;

/** Written by hand: shapegen must refuse to generate into this directory, and leave this file alone. */
public class App {}
