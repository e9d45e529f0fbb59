package org.sdl.output.graph;

/** A labelled position on an axis; a null label means "format the value" (axis format or %9.0g). */
public record Tick(double value, String label) {}
