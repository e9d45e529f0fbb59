package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdl.output.Names;
import org.sdl.output.StataFormat;

/**
 * tabstat's output, laid out as Stata 17 and later lay it out. Statistics head the columns when
 * columns(statistics) is asked for, and also when by() is given with a single variable (as
 * Stata does). Otherwise variables head the columns. With by(), "Summary for variables" (or
 * "Summary statistics") and "Group variable" lines come first, and each group is one block.
 * Every table ends with a full-width rule.
 */
final class TabstatTable {
    private TabstatTable() {}

    /** Column titles of the statistics, as Stata 17 prints them. */
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("N", "N"), Map.entry("mean", "Mean"),
        Map.entry("sd", "SD"), Map.entry("variance", "Variance"), Map.entry("sum", "Sum"), Map.entry("min", "Min"),
        Map.entry("max", "Max"), Map.entry("range", "Range"), Map.entry("iqr", "IQR"),
        Map.entry("se(mean)", "SE(mean)"), Map.entry("cv", "CV"), Map.entry("skewness", "Skewness"),
        Map.entry("kurtosis", "Kurtosis"));

    /** Widest by() label shown before it is cut (Stata's labelwidth() default). */
    private static final int LABEL_WIDTH = 16;

    static String title(String stat) {
        return TITLES.getOrDefault(stat, stat);
    }

    /**
     * @param by the by() variable or null; byTitle its name with its label in parentheses
     * @param groups group labels, the last one "Total" when the total is shown (by() only)
     * @param tables per group, statistics x variables
     */
    static List<String> render(String by, String byTitle, List<String> groups, List<String> stats, List<String> vars,
                               List<double[][]> tables, StataFormat fmt, boolean statsAcross) {
        List<String> out = new ArrayList<>();
        if (by == null) {
            double[][] t = tables.get(0);
            if (statsAcross) {
                rule(out, header("Variable", 12, titles(stats)));
                for (int v = 0; v < vars.size(); v++) {
                    out.add(row(Names.abbreviate(vars.get(v), 12), 12, column(t, v), fmt));
                }
            } else {
                rule(out, header("Stats", 8, abbreviated(vars)));
                for (int s = 0; s < stats.size(); s++) {
                    out.add(row(title(stats.get(s)), 8, t[s], fmt));
                }
            }
            out.add("-".repeat(out.get(0).length()));
            return out;
        }
        int stub = 8;
        for (String g : groups) {
            stub = Math.max(stub, Math.min(LABEL_WIDTH, g.length()));
        }
        stub = Math.max(stub, Math.min(LABEL_WIDTH, by.length()));
        if (statsAcross) {
            out.add("Summary for variables: " + String.join(" ", vars));
        } else {
            List<String> titles = new ArrayList<>();
            stats.forEach(s -> titles.add(title(s)));
            out.add("Summary statistics: " + String.join(", ", titles));
        }
        out.add("Group variable: " + byTitle);
        out.add("");
        String head = statsAcross ? header(cut(by, stub), stub, titles(stats)) : header(cut(by, stub), stub,
            abbreviated(vars));
        out.add(head);
        String divider = "-".repeat(stub + 1) + "+" + "-".repeat(head.length() - stub - 2);
        out.add(divider);
        int rowsPerGroup = statsAcross ? vars.size() : stats.size();
        boolean hasTotal = groups.get(groups.size() - 1).equals("Total");
        for (int gi = 0; gi < groups.size(); gi++) {
            boolean total = hasTotal && gi == groups.size() - 1;
            // a rule between groups when each takes several rows, and always before the total
            if (gi > 0 && (rowsPerGroup > 1 || total)) {
                out.add(divider);
            }
            double[][] t = tables.get(gi);
            for (int r = 0; r < rowsPerGroup; r++) {
                String label = r == 0 ? cut(groups.get(gi), stub) : "";
                out.add(row(label, stub, statsAcross ? column(t, r) : t[r], fmt));
            }
        }
        out.add("-".repeat(head.length()));
        return out;
    }

    private static void rule(List<String> out, String head) {
        out.add(head);
        int stub = head.indexOf('|') - 1;
        out.add("-".repeat(stub + 1) + "+" + "-".repeat(head.length() - stub - 2));
    }

    private static String header(String stubTitle, int stub, List<String> titles) {
        StringBuilder b = new StringBuilder(String.format("%" + stub + "s |", stubTitle));
        for (String t : titles) {
            b.append(String.format(" %9s", t));
        }
        return b.toString();
    }

    private static String row(String label, int stub, double[] values, StataFormat fmt) {
        StringBuilder b = new StringBuilder(String.format("%" + stub + "s |", label));
        for (double v : values) {
            b.append(' ').append(fmt.format(v));
        }
        return b.toString();
    }

    private static List<String> titles(List<String> stats) {
        List<String> t = new ArrayList<>();
        stats.forEach(s -> t.add(title(s)));
        return t;
    }

    private static List<String> abbreviated(List<String> vars) {
        List<String> t = new ArrayList<>();
        vars.forEach(v -> t.add(Names.abbreviate(v, 8)));
        return t;
    }

    private static double[] column(double[][] t, int v) {
        double[] c = new double[t.length];
        for (int s = 0; s < t.length; s++) {
            c[s] = t[s][v];
        }
        return c;
    }

    private static String cut(String label, int width) {
        return label.length() <= width ? label : label.substring(0, width);
    }
}
