package org.sdl.output.table;

/**
 * One cell of a {@link Table}: plain text (never format-specific markup; renderers escape it),
 * optional significance stars kept apart from the number so each format can set them its own
 * way (a reserved column in text, superscript in LaTeX, HTML, RTF and Word), how many grid
 * columns it spans, and its alignment.
 */
public record Cell(String text, String stars, Align align, int span) {
    public static final Cell EMPTY = new Cell("", "", Align.RIGHT, 1);

    public Cell {
        text = text == null ? "" : text;
        stars = stars == null ? "" : stars;
        if (span < 1) {
            throw new IllegalArgumentException("span must be at least 1");
        }
    }

    /** A right-aligned one-column cell, as numbers are set. */
    public static Cell of(String text) {
        return new Cell(text, "", Align.RIGHT, 1);
    }

    /** A number with its stars. */
    public static Cell starred(String text, String stars) {
        return new Cell(text, stars, Align.RIGHT, 1);
    }

    /** The left stub of a row (variable name or label). */
    public static Cell stub(String text) {
        return new Cell(text, "", Align.LEFT, 1);
    }

    /** A centred label over span columns (model groups). */
    public static Cell spanning(String text, int span) {
        return new Cell(text, "", Align.CENTER, span);
    }

    /** The text with its stars, for formats that have no place of their own for stars (CSV). */
    public String plain() {
        return text + stars;
    }
}
