package org.sdl.interp.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.output.StataFormat;
import org.sdl.stats.EstimationResult;

/**
 * Header and footer lines of xtreg, areg and reghdfe in Stata's layout: a 48-column left block
 * and "label = value" on the right with the equals sign in column 67 and values ending in 78.
 */
final class PanelLayout {
    private static final StataFormat COUNT = StataFormat.parse("%12.0fc");
    private static final StataFormat G10 = StataFormat.parse("%10.0g");

    private PanelLayout() {}

    static String line(String left, String label, String value) {
        return String.format(Locale.ROOT, "%-48s%-18s= %10s", left == null ? "" : left, label, value);
    }

    /** "min =" style: the label right-aligned against the equals sign. */
    static String rightLabel(String left, String label, String value) {
        return String.format(Locale.ROOT, "%-48s%18s= %10s", left == null ? "" : left, label + " ", value);
    }

    static String count(double v) {
        return COUNT.formatBare(v).strip();
    }

    static String fixed(double v, int d) {
        return Double.isNaN(v) || v >= org.sdl.data.Missing.DOT ? "." : String.format(Locale.ROOT, "%." + d + "f", v);
    }

    static String g(double v) {
        return G10.formatBare(v).strip();
    }

    static double fTail(double f, double d1, double d2) {
        if (!(f > 0) || f >= org.sdl.data.Missing.DOT) {
            return f == 0 ? 1 : Double.NaN;
        }
        return org.apache.commons.math3.special.Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    static double chi2Tail(double c, double df) {
        return org.apache.commons.math3.special.Gamma.regularizedGammaQ(df / 2, c / 2);
    }

    static void clusterNote(EstimationResult e, List<String> out) {
        if (e.scalars().containsKey("N_clust")) {
            out.add("");
            out.add(String.format(Locale.ROOT, "%78s", "(Std. err. adjusted for " + count(e.scalar("N_clust"))
                + " clusters in " + e.macro("clustvar") + ")"));
        }
    }

    /** R-squared block and obs-per-group block shared by the xtreg models. */
    static List<String> xtBlock(EstimationResult e) {
        List<String> out = new ArrayList<>();
        out.add(line(e.macro("title"), "Number of obs", count(e.n())));
        out.add(line("Group variable: " + e.macro("ivar"), "Number of groups", count(e.scalar("N_g"))));
        out.add("");
        out.add(line("R-squared:", "Obs per group:", "").replaceAll("=\\s+$", "").stripTrailing());
        out.add(rightLabel("     Within  = " + fixed(e.scalar("r2_w"), 4), "min", count(e.scalar("g_min"))));
        out.add(rightLabel("     Between = " + fixed(e.scalar("r2_b"), 4), "avg", fixed(e.scalar("g_avg"), 1)));
        out.add(rightLabel("     Overall = " + fixed(e.scalar("r2_o"), 4), "max", count(e.scalar("g_max"))));
        out.add("");
        return out;
    }
}
