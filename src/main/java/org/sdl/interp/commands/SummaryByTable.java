package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.output.StataFormat;
import org.sdl.output.TextWrap;

/**
 * tabulate rowvar, summarize(var): the mean, standard deviation and frequency of var in each
 * row, laid out as Stata does. The stub is 11 columns, or 12 for longer labels, which are cut
 * with "..". "Summary of" and the variable's label are broken into lines of the table's width
 * and centred. Numbers are in %10.0g and frequencies with thousands separators, each column 12
 * wide. A group of one observation shows a standard deviation of 0.
 *
 * @param rowTitle the row variable's label (or name); summaryTitle "Summary of" and the label
 * @param rowLabels the rows as shown, then the moments per row: count, mean, sd
 * @param columns which of Mean, Std. dev., Freq. to show
 */
record SummaryByTable(String rowTitle, String summaryTitle, String[] rowLabels, double[] n, double[] mean,
                      double[] sd, Columns columns) {

    record Columns(boolean means, boolean standard, boolean freq) {
        int count() {
            return (means ? 1 : 0) + (standard ? 1 : 0) + (freq ? 1 : 0);
        }
    }

    private static final StataFormat G = StataFormat.parse("%10.0g");

    /** The table; the last element of each array is the Total row. */
    List<String> lines() {
        int stub = 11;
        for (int k = 0; k < rowLabels.length - 1; k++) {
            stub = Math.max(stub, Math.min(12, rowLabels[k].length()));
        }
        int area = 12 * columns.count();
        List<String> heading = TextWrap.heading(rowTitle, stub, summaryTitle, area);
        List<String> out = new ArrayList<>(heading.subList(0, heading.size() - 1));
        StringBuilder head = new StringBuilder(heading.get(heading.size() - 1));
        if (columns.means()) {
            head.append("        Mean");
        }
        if (columns.standard()) {
            head.append("   Std. dev.");
        }
        if (columns.freq()) {
            head.append("       Freq.");
        }
        out.add(head.toString());
        String rule = "-".repeat(stub + 1) + "+" + "-".repeat(area);
        out.add(rule);
        for (int k = 0; k < rowLabels.length; k++) {
            if (k == rowLabels.length - 1) {
                out.add(rule);
            }
            out.add(row(stub, cut(rowLabels[k], stub), k));
        }
        return out;
    }

    private String row(int stub, String label, int k) {
        StringBuilder b = new StringBuilder(String.format("%" + stub + "s |", label));
        if (columns.means()) {
            b.append("  ").append(G.format(mean[k]));
        }
        if (columns.standard()) {
            b.append("  ").append(G.format(n[k] == 1 ? 0 : sd[k]));
        }
        if (columns.freq()) {
            b.append(String.format("%12s", TabulateCommand.count(n[k])));
        }
        return b.toString();
    }

    private static String cut(String label, int width) {
        return label.length() <= width ? label : label.substring(0, width - 2) + "..";
    }
}
