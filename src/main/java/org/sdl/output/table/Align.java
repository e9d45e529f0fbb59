package org.sdl.output.table;

/** Horizontal alignment of a cell's text. */
public enum Align {
    LEFT, CENTER, RIGHT
}
