package org.sdl.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.stats.EstimationResult;

/** estimates table: models side by side, coefficients (optionally SEs and stars) and statistics. */
public final class EstimatesTable {
    private EstimatesTable() {}

    /** A named set of results, one column of the table. */
    public record Model(String name, EstimationResult result) {}

    public static List<String> render(List<Model> models, String options, double level) {
        String bfmt = option(options, "b", "%9.0g");
        boolean se = options.matches(".*\\bse\\b.*");
        boolean star = options.matches(".*\\bstar\\b.*");
        String stats = option(options, "stats", "");
        StataFormat bf = StataFormat.parse(bfmt.isEmpty() ? "%9.0g" : bfmt);
        if (bf == null) {
            bf = StataFormat.parse("%9.0g");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Model m : models) {
            for (int j = 0; j < m.result().k(); j++) {
                if (!m.result().omitted(j)) {
                    names.add(m.result().names().get(j));
                }
            }
        }
        String keep = option(options, "keep", "");
        String drop = option(options, "drop", "");
        if (!keep.isEmpty()) {
            java.util.List<String> k = java.util.Arrays.asList(keep.split("\\s+"));
            names.removeIf(n -> !k.contains(n));
        }
        if (!drop.isEmpty()) {
            java.util.List<String> dr = java.util.Arrays.asList(drop.split("\\s+"));
            names.removeIf(dr::contains);
        }
        int w = 13;
        List<String> out = new ArrayList<>();
        String rule = "-".repeat(14 + (w + 1) * models.size());
        out.add(rule);
        StringBuilder head = new StringBuilder(String.format("%12s |", "Variable"));
        for (Model m : models) {
            head.append(String.format(" %" + w + "s", CoefficientTable.abbreviate(m.name(), w)));
        }
        out.add(head.toString());
        out.add("-".repeat(13) + "+" + "-".repeat((w + 1) * models.size()));
        for (String n : names) {
            StringBuilder line = new StringBuilder(String.format("%12s |", CoefficientTable.abbreviate(n, 12)));
            StringBuilder seLine = new StringBuilder(String.format("%12s |", ""));
            for (Model m : models) {
                EstimationResult e = m.result();
                int j = e.indexOf(n);
                if (j < 0 || e.omitted(j)) {
                    line.append(" ".repeat(w + 1));
                    seLine.append(" ".repeat(w + 1));
                    continue;
                }
                String cell = bf.formatBare(e.b(j));
                if (star) {
                    double p = CoefficientTable.rows(e, level).get(j).p();
                    cell += p < 0.001 ? "***" : p < 0.01 ? "** " : p < 0.05 ? "*  " : "   ";
                }
                line.append(String.format(" %" + w + "s", cell));
                seLine.append(String.format(" %" + w + "s", bf.formatBare(e.se(j)) + (star ? "   " : "")));
            }
            out.add(line.toString());
            if (se) {
                out.add(seLine.toString());
            }
        }
        if (!stats.isEmpty()) {
            out.add("-".repeat(13) + "+" + "-".repeat((w + 1) * models.size()));
            for (String st : stats.split("[\\s,]+")) {
                StringBuilder line = new StringBuilder(String.format("%12s |", st));
                for (Model m : models) {
                    double v = st.equals("N") ? m.result().n() : m.result().scalar(st);
                    String cell = Double.isNaN(v) ? "" : st.equals("N") || st.startsWith("N_") || st.startsWith("df")
                        ? String.format("%,d", (long) v) : bf.formatBare(v);
                    line.append(String.format(" %" + w + "s", cell));
                }
                out.add(line.toString());
            }
        }
        out.add(rule);
        if (star) {
            out.add(String.format("%" + rule.length() + "s", "legend: * p<0.05; ** p<0.01; *** p<0.001"));
        } else if (se) {
            out.add(String.format("%" + rule.length() + "s", "legend: b/se"));
        }
        return out;
    }

    private static String option(String options, String name, String dflt) {
        Matcher m = Pattern.compile("\\b" + name + "\\(([^)]*)\\)").matcher(options);
        return m.find() ? m.group(1).strip() : dflt;
    }
}
