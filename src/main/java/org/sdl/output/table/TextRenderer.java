package org.sdl.output.table;

import java.util.List;
import org.sdl.output.Names;

/**
 * Fixed-width text in esttab's console layout: the stub left-aligned in its width, then for
 * each data column one blank, the text right-aligned in the column width and the stars
 * left-aligned in the star width; rules are dashes over the full width, gaps are blank lines,
 * the title sits above the table and the notes below it. Labels longer than their column are
 * abbreviated with a tilde, as estout's fixed mode does; numbers are never cut (their column
 * widens instead).
 */
public final class TextRenderer implements TableRenderer {
    @Override
    public String render(Table t) {
        int[] widths = widths(t);
        int stub = stubWidth(t);
        int total = stub;
        for (int w : widths) {
            total += 1 + w + t.starWidth();
        }
        StringBuilder out = new StringBuilder();
        if (!t.title().isEmpty()) {
            line(out, t.title());
        }
        for (Row r : t.rows()) {
            if (r instanceof Row.Rule) {
                line(out, "-".repeat(total));
            } else if (r instanceof Row.Gap) {
                line(out, "");
            } else {
                line(out, cells((Row.Cells) r, stub, widths, t.starWidth()));
            }
        }
        for (String n : t.notes()) {
            line(out, n);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String s) {
        out.append(s.stripTrailing()).append('\n');
    }

    /** The stub's width: the table's, or wider when a stub-only row (a panel title) needs it. */
    private static int stubWidth(Table t) {
        return Math.max(1, t.stubWidth());
    }

    /** Each data column's width: the table's, widened for numbers that do not fit. */
    static int[] widths(Table t) {
        int[] w = new int[t.columns()];
        for (int j = 0; j < w.length; j++) {
            w[j] = t.columnWidth(j);
        }
        for (Row r : t.rows()) {
            if (r instanceof Row.Cells c && c.section() != Row.Section.HEADER) {
                int col = -1;
                for (Cell cell : c.cells()) {
                    if (col >= 0 && cell.span() == 1 && looksNumeric(cell.text())) {
                        w[col] = Math.max(w[col], cell.text().length());
                    }
                    col += cell.span();
                }
            }
        }
        return w;
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && s.matches("[\\s(\\[]*[-+.0-9][-+0-9.,eE\\s]*[)\\]]*");
    }

    private static String cells(Row.Cells r, int stub, int[] widths, int starWidth) {
        List<Cell> cells = r.cells();
        StringBuilder s = new StringBuilder();
        Cell first = cells.get(0);
        int col = 0;
        if (first.span() == 1) {
            s.append(pad(fit(first.text(), stub), stub, Align.LEFT));
        } else {
            // a cell that starts in the stub and spans data columns (a panel title, a note row)
            int w = stub;
            for (int j = 0; j < first.span() - 1; j++) {
                w += 1 + widths[j] + starWidth;
            }
            s.append(pad(first.text(), w, first.align() == Align.RIGHT ? Align.RIGHT : Align.LEFT));
        }
        col = first.span() - 1;
        for (int i = 1; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.span() == 1) {
                String text = looksNumeric(c.text()) ? c.text() : fit(c.text(), widths[col]);
                s.append(' ').append(pad(text, widths[col], c.align()));
                if (starWidth > 0) {
                    s.append(pad(c.stars(), starWidth, Align.LEFT));
                } else {
                    s.append(c.stars());
                }
            } else {
                int w = -1;
                for (int j = col; j < col + c.span(); j++) {
                    w += 1 + widths[j] + starWidth;
                }
                s.append(' ').append(pad(fit(c.text(), w), w, c.align()));
            }
            col += c.span();
        }
        return s.toString();
    }

    /** estout's abbrev: text longer than the width keeps its start, a tilde and its last character. */
    static String fit(String text, int width) {
        if (text.length() <= width || width < 3) {
            return text;
        }
        return Names.abbreviate(text, width).length() <= width ? Names.abbreviate(text, width)
            : text.substring(0, width - 2) + "~" + text.charAt(text.length() - 1);
    }

    static String pad(String s, int w, Align a) {
        int fill = w - s.length();
        if (fill <= 0) {
            return s;
        }
        switch (a) {
            case LEFT:
                return s + " ".repeat(fill);
            case CENTER:
                return " ".repeat(fill / 2) + s + " ".repeat(fill - fill / 2);
            default:
                return " ".repeat(fill) + s;
        }
    }
}
