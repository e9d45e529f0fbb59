package org.sdl.output.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A format-neutral table (content apart from style): a title, rows of {@link Cell}s with a left
 * stub and {@code columns} data columns, horizontal rules and gaps, and notes under the table.
 * The layout hints are those estout's fixed layout needs (stub width, column widths, the width
 * reserved for stars); other renderers ignore what their format has no use for. Immutable; build
 * with {@link #builder(int)}:
 *
 * <pre>{@code
 * Table t = Table.builder(2).title("Table 1").stubWidth(12).columnWidth(12).starWidth(3)
 *     .rule(Row.RuleKind.TOP)
 *     .header(Cell.stub(""), Cell.of("(1)"), Cell.of("(2)"))
 *     .rule(Row.RuleKind.MID)
 *     .body(Cell.stub("weight"), Cell.starred("1.747", "**"), Cell.starred("3.465", "***"))
 *     .rule(Row.RuleKind.BOTTOM)
 *     .note("t statistics in parentheses").build();
 * String text = TableFormat.TEXT.renderText(t);
 * }</pre>
 */
public final class Table {
    private final String title;
    private final int columns;
    private final List<Row> rows;
    private final List<String> notes;
    private final int stubWidth;
    private final int[] columnWidths;
    private final int starWidth;
    private final String alignment;

    private Table(Builder b) {
        this.title = b.title;
        this.columns = b.columns;
        this.rows = List.copyOf(b.rows);
        this.notes = List.copyOf(b.notes);
        this.stubWidth = b.stubWidth;
        this.columnWidths = b.columnWidths.clone();
        this.starWidth = b.starWidth;
        this.alignment = b.alignment;
    }

    public static Builder builder(int columns) {
        return new Builder(columns);
    }

    /** The title, or "" for none. */
    public String title() { return title; }

    /** Data columns (the stub not counted). */
    public int columns() { return columns; }

    public List<Row> rows() { return rows; }

    public List<String> notes() { return notes; }

    /** Minimum width of the left stub in fixed-width text. */
    public int stubWidth() { return stubWidth; }

    /** Minimum width of data column j (0-based) in fixed-width text, stars not counted. */
    public int columnWidth(int j) { return columnWidths[j]; }

    /** Characters reserved after each data column for stars (0 when the table has none). */
    public int starWidth() { return starWidth; }

    /**
     * The user's column alignment for LaTeX/HTML/RTF (estout's alignment()), or "" for each
     * format's default (centred; HTML leaves it to the style sheet).
     */
    public String alignment() { return alignment; }

    /** Collects a table's parts in order. */
    public static final class Builder {
        private final int columns;
        private String title = "";
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int stubWidth = 12;
        private int[] columnWidths;
        private int starWidth;
        private String alignment = "";

        private Builder(int columns) {
            if (columns < 0) {
                throw new IllegalArgumentException("columns must be >= 0");
            }
            this.columns = columns;
            this.columnWidths = new int[columns];
            Arrays.fill(columnWidths, 12);
        }

        public Builder title(String t) { this.title = t == null ? "" : t; return this; }
        public Builder stubWidth(int w) { this.stubWidth = w; return this; }
        public Builder starWidth(int w) { this.starWidth = w; return this; }
        public Builder alignment(String a) { this.alignment = a == null ? "" : a; return this; }

        public Builder columnWidth(int w) {
            Arrays.fill(columnWidths, w);
            return this;
        }

        public Builder columnWidth(int j, int w) {
            columnWidths[j] = w;
            return this;
        }

        public Builder rule(Row.RuleKind kind) {
            rows.add(new Row.Rule(kind));
            return this;
        }

        public Builder gap() {
            rows.add(new Row.Gap());
            return this;
        }

        public Builder header(Cell... cells) { return row(Row.Section.HEADER, List.of(cells)); }
        public Builder body(Cell... cells) { return row(Row.Section.BODY, List.of(cells)); }
        public Builder footer(Cell... cells) { return row(Row.Section.FOOTER, List.of(cells)); }

        /** A row of cells; their spans must add up to the columns plus the stub. */
        public Builder row(Row.Section section, List<Cell> cells) {
            Row.Cells r = new Row.Cells(section, cells);
            if (r.width() != columns + 1) {
                throw new IllegalArgumentException("row spans " + r.width() + " columns, table has " + (columns + 1));
            }
            rows.add(r);
            return this;
        }

        public Builder note(String n) {
            notes.add(n);
            return this;
        }

        /** The last row added, or null (lets a caller avoid a gap right before a rule). */
        public Row last() {
            return rows.isEmpty() ? null : rows.get(rows.size() - 1);
        }

        public Table build() {
            return new Table(this);
        }
    }
}
