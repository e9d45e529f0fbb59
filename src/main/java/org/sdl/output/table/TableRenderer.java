package org.sdl.output.table;

/** Turns a {@link Table} into the text of one file format. */
public interface TableRenderer {
    String render(Table table);
}
