package org.sdl.interp.causal;

import java.util.List;
import java.util.Locale;
import org.sdl.interp.command.Invocation;
import org.sdl.output.CoefficientTable;
import org.sdl.output.StataFormat;
import org.sdl.stats.EstimationResult;

/** Stata's teffects output: the header block and the effect table (auxiliary equations with aequations). */
final class TeReport {
    private static final StataFormat G9 = StataFormat.parse("%9.0g");
    private static final String RULE = "-".repeat(78);

    private TeReport() {}

    /** What the header says; requested/min/max matches only for matching (requested 0 otherwise). */
    record Header(String estimator, String outcomeModel, String treatmentModel, int requested, int min, int max) {}

    static void print(Invocation inv, EstimationResult r, Header h, String tvar, double[] levels, double level,
                      boolean aequations) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("");
        String l = "%-47s%-19s= %10s";
        lines.add(String.format(Locale.ROOT, l, "Treatment-effects estimation", "Number of obs",
            String.format(Locale.ROOT, "%,d", r.n())));
        if (h.requested() > 0) {
            lines.add(String.format(Locale.ROOT, l, "Estimator      : " + h.estimator(), "Matches: requested",
                h.requested()));
            lines.add(String.format(Locale.ROOT, l, "Outcome model  : " + h.outcomeModel(), "               min", h.min()));
            lines.add(String.format(Locale.ROOT, l, "Treatment model: " + h.treatmentModel(), "               max", h.max()));
        } else {
            lines.add("Estimator      : " + h.estimator());
            lines.add("Outcome model  : " + h.outcomeModel());
            lines.add("Treatment model: " + h.treatmentModel());
        }
        lines.add(RULE);
        lines.add(String.format("             |%15s", "") + r.macro("vcetype"));
        lines.add(String.format("%12s | Coefficient  std. err.      z    P>|z|     [%s%% conf. interval]",
            abbreviate(r.depvar(), 12), CoefficientTable.levelText(level)));
        lines.add("-------------+----------------------------------------------------------------");
        String eq = null;
        for (CoefficientTable.Row row : CoefficientTable.rows(r, level)) {
            String name = row.name();
            int colon = name.indexOf(':');
            String e = name.substring(0, colon);
            String term = name.substring(colon + 1);
            boolean effect = e.equals("ATE") || e.equals("ATET") || e.equals("POmean");
            if (!effect && !aequations) {
                continue;
            }
            if (!e.equals(eq)) {
                if (eq != null) {
                    lines.add("-------------+----------------------------------------------------------------");
                }
                lines.add(String.format("%-12s |", e));
                eq = e;
                if (effect) {
                    lines.add(String.format("%12s |", abbreviate(tvar, 12)));
                }
            }
            String label = term;
            if (e.equals("ATE") || e.equals("ATET")) {
                label = String.format("(%d vs %d)", (int) levels[1], (int) levels[0]);
            } else if (e.equals("POmean")) {
                label = String.valueOf((int) levels[0]);
            }
            lines.add(String.format(Locale.ROOT, "%12s |  %s  %s %8s   %5s    %s   %s", abbreviate(label, 12),
                G9.format(row.b()), G9.format(row.se()), fixed(row.stat(), "%8.2f"), fixed(row.p(), "%5.3f"),
                G9.format(row.lo()), G9.format(row.hi())));
        }
        lines.add(RULE);
        lines.forEach(inv.out()::println);
    }

    private static String fixed(double v, String fmt) {
        return Double.isNaN(v) || Double.isInfinite(v) || org.sdl.data.Missing.isMissing(v) ? "."
            : String.format(Locale.ROOT, fmt, v);
    }

    private static String abbreviate(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }
}
