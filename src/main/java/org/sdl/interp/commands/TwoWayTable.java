package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.sdl.output.TextWrap;

/**
 * A two-way table of frequencies as Stata's tabulate lays it out: a key box when percentages are
 * shown; a stub as wide as the longest row label (at least 10); the first cell in 10 columns
 * and the others in 11; column labels cut to 9 characters. The column variable's label is broken
 * into lines as wide as the cells and centred above them, and the row variable's label into
 * lines as wide as the stub; both end on the line of column headings. When a cell has several
 * lines, a rule separates the rows.
 *
 * @param rowTitle the row variable's label (or name); colTitle likewise
 * @param rowLabels the row values as shown; colLabels likewise
 * @param f the frequencies, rows x columns
 * @param cells what each cell shows, in order: freq, row, column, cell (percentages)
 */
record TwoWayTable(String rowTitle, String colTitle, String[] rowLabels, String[] colLabels, double[][] f,
                   Cells cells) {

    /** The lines of each cell: frequency unless nofreq, then the percentages asked for. */
    record Cells(boolean freq, boolean row, boolean column, boolean cell) {
        boolean percentages() {
            return row || column || cell;
        }

        int lines() {
            return (freq ? 1 : 0) + (row ? 1 : 0) + (column ? 1 : 0) + (cell ? 1 : 0);
        }
    }

    List<String> lines() {
        int r = f.length;
        int c = colLabels.length;
        double[] rs = new double[r];
        double[] cs = new double[c];
        double total = 0;
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < c; b++) {
                rs[a] += f[a][b];
                cs[b] += f[a][b];
                total += f[a][b];
            }
        }
        List<String> out = new ArrayList<>(key());
        int stub = 10;
        for (String l : rowLabels) {
            stub = Math.max(stub, l.length());
        }
        int area = 11 * c;
        List<String> heading = TextWrap.heading(rowTitle, stub, colTitle, area);
        out.addAll(heading.subList(0, heading.size() - 1));
        StringBuilder head = new StringBuilder(heading.get(heading.size() - 1));
        for (int b = 0; b < c; b++) {
            String text = colLabels[b].length() > 9 ? colLabels[b].substring(0, 9) : colLabels[b];
            head.append(b == 0 ? "" : " ").append(String.format("%10s", text));
        }
        out.add(head.append(" |     Total").toString());
        String rule = "-".repeat(stub + 1) + "+" + "-".repeat(area) + "+" + "-".repeat(10);
        out.add(rule);
        for (int a = 0; a < r; a++) {
            if (a > 0 && cells.lines() > 1) {
                out.add(rule);
            }
            row(out, stub, rowLabels[a], f[a], rs[a], cs, total);
        }
        out.add(rule);
        row(out, stub, "Total", cs, total, cs, total);
        return out;
    }

    private void row(List<String> out, int stub, String label, double[] cellsOfRow, double rowTotal, double[] cs,
                     double total) {
        String first = label;
        if (cells.freq()) {
            String[] counts = new String[cellsOfRow.length];
            for (int k = 0; k < cellsOfRow.length; k++) {
                counts[k] = TabulateCommand.count(cellsOfRow[k]);
            }
            out.add(line(stub, first, counts, TabulateCommand.count(rowTotal)));
            first = "";
        }
        if (cells.row()) {
            out.add(line(stub, first, percents(cellsOfRow, k -> rowTotal), percent(100.0)));
            first = "";
        }
        if (cells.column()) {
            out.add(line(stub, first, percents(cellsOfRow, k -> cs[k]), percent(100 * rowTotal / total)));
            first = "";
        }
        if (cells.cell()) {
            out.add(line(stub, first, percents(cellsOfRow, k -> total), percent(100 * rowTotal / total)));
        }
    }

    /** One line: stub, cells (the first in 10 columns, the rest in 11), total. */
    private static String line(int width, String stub, String[] cells, String total) {
        StringBuilder b = new StringBuilder(String.format("%" + width + "s |", stub));
        for (int k = 0; k < cells.length; k++) {
            b.append(k == 0 ? "" : " ").append(String.format("%10s", cells[k]));
        }
        return b.append(" | ").append(String.format("%9s", total)).toString();
    }

    private static String[] percents(double[] f, IntToDoubleFunction base) {
        String[] out = new String[f.length];
        for (int k = 0; k < f.length; k++) {
            out[k] = percent(100 * f[k] / base.applyAsDouble(k));
        }
        return out;
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }

    /** Stata's key box, shown when percentages are: what each line of a cell holds. */
    private List<String> key() {
        if (!cells.percentages()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (cells.freq()) {
            items.add("frequency");
        }
        if (cells.row()) {
            items.add("row percentage");
        }
        if (cells.column()) {
            items.add("column percentage");
        }
        if (cells.cell()) {
            items.add("cell percentage");
        }
        List<String> out = new ArrayList<>();
        out.add("+-------------------+");
        out.add("| Key               |");
        out.add("|-------------------|");
        for (String it : items) {
            int left = (19 - it.length()) / 2;
            out.add("|" + " ".repeat(left) + it + " ".repeat(19 - left - it.length()) + "|");
        }
        out.add("+-------------------+");
        out.add("");
        return out;
    }
}
