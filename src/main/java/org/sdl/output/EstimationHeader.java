package org.sdl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.sdl.stats.EstimationResult;

/** The block above the coefficient table: ANOVA table for regress, model summary for ML models. */
public final class EstimationHeader {
    private EstimationHeader() {}

    private static final StataFormat COUNT = StataFormat.parse("%12.0fc");

    public static List<String> render(EstimationResult e) {
        if (e.cmd().equals("regress")) {
            return e.macros().containsKey("vcetype") ? robustRegress(e) : anova(e);
        }
        return ml(e);
    }

    private static List<String> anova(EstimationResult e) {
        double mss = e.scalar("mss");
        double rss = e.scalar("rss");
        double dfm = e.scalar("df_m");
        double dfr = e.scalar("df_r");
        double f = e.scalar("F");
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(String.format(Locale.ROOT, "      Source |       SS           df       MS      Number of obs   = %9s", count(e.n())));
        out.add(String.format(Locale.ROOT, "-------------+----------------------------------   F(%s, %s)%s= %9s",
            count(dfm), count(dfr), pad(("F(" + count(dfm) + ", " + count(dfr) + ")").length(), 16), fixed(f, 2)));
        out.add(String.format(Locale.ROOT, "       Model | %11s %9s %11s   Prob > F        = %9s", g(mss), count(dfm),
            g(mss / dfm), fixed(fTail(f, dfm, dfr), 4)));
        out.add(String.format(Locale.ROOT, "    Residual | %11s %9s %11s   R-squared       = %9s", g(rss), count(dfr),
            g(rss / dfr), fixed(e.scalar("r2"), 4)));
        out.add(String.format(Locale.ROOT, "-------------+----------------------------------   Adj R-squared   = %9s",
            fixed(e.scalar("r2_a"), 4)));
        out.add(String.format(Locale.ROOT, "       Total | %11s %9s %11s   Root MSE        = %9s", g(mss + rss),
            count(dfm + dfr), g((mss + rss) / (dfm + dfr)), g4(e.scalar("rmse"))));
        out.add("");
        return out;
    }

    private static List<String> robustRegress(EstimationResult e) {
        double dfm = e.scalar("df_m");
        double dfr = e.scalar("df_r");
        double f = e.scalar("F");
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(line(e.macro("title"), "Number of obs", count(e.n())));
        if (e.scalars().containsKey("N_reps")) {
            double chi2 = f * dfm; // the Wald statistic that F = chi2 / df_m was made from
            out.add(line("", "Replications", count(e.scalar("N_reps"))));
            out.add(line("", "Wald chi2(" + count(dfm) + ")", fixed(chi2, 2)));
            out.add(line("", "Prob > chi2", fixed(Gamma.regularizedGammaQ(dfm / 2, chi2 / 2), 4)));
        } else {
            out.add(line("", "F(" + count(dfm) + ", " + count(dfr) + ")", fixed(f, 2)));
            out.add(line("", "Prob > F", fixed(fTail(f, dfm, dfr), 4)));
        }
        out.add(line("", "R-squared", fixed(e.scalar("r2"), 4)));
        if (e.scalars().containsKey("N_reps")) {
            out.add(line("", "Adj R-squared", fixed(e.scalar("r2_a"), 4)));
        }
        out.add(line("", "Root MSE", g4(e.scalar("rmse"))));
        if (e.scalars().containsKey("N_clust")) {
            out.add("");
            out.add(String.format(Locale.ROOT, "%78s", "(Std. err. adjusted for " + count(e.scalar("N_clust"))
                + " clusters in " + e.macro("clustvar") + ")"));
        }
        out.add("");
        return out;
    }

    /**
     * Stata 17's block for maximum-likelihood models: the iteration log; the title, then the
     * log likelihood on the left; Number of obs, the chi2 test and Pseudo R2 on the right, as
     * "label = value" lines whose values share one width and which end in column 78.
     */
    private static List<String> ml(EstimationResult e) {
        List<String> out = new ArrayList<>();
        String likelihood = e.macros().containsKey("vcetype") ? "pseudolikelihood" : "likelihood";
        StataFormat llFormat = StataFormat.parse("%10.0g");
        Object log = e.results().get("iteration_ll");
        if (log instanceof double[] lls) {
            for (int i = 0; i < lls.length; i++) {
                out.add(String.format(Locale.ROOT, "Iteration %d:  Log %s = %s", i, likelihood, llFormat.format(lls[i])));
            }
        }
        out.add("");
        double df = e.scalar("df_m");
        String chi = e.macro("chi2type") == null ? "LR" : e.macro("chi2type");
        String[] labels = {"Number of obs", chi + " chi2(" + count(df) + ")", "Prob > chi2", "Pseudo R2"};
        String[] values = {count(e.n()), fixed(e.scalar("chi2"), 2),
            fixed(Gamma.regularizedGammaQ(df / 2, e.scalar("chi2") / 2), 4), fixed(e.scalar("r2_p"), 4)};
        String[] left = {e.macro("title"), "", "",
            "Log " + likelihood + " = " + llFormat.formatBare(e.scalar("ll")).strip()};
        int width = 0;
        for (String v : values) {
            width = Math.max(width, v.length());
        }
        for (int i = 0; i < labels.length; i++) {
            String right = String.format(Locale.ROOT, "%-13s = %" + width + "s", labels[i], values[i]);
            String l = left[i] == null ? "" : left[i];
            out.add(l + " ".repeat(Math.max(1, 78 - l.length() - right.length())) + right);
        }
        if (e.scalars().containsKey("N_clust")) {
            out.add("");
            out.add(String.format(Locale.ROOT, "%78s", "(Std. err. adjusted for " + count(e.scalar("N_clust"))
                + " clusters in " + e.macro("clustvar") + ")"));
        }
        out.add("");
        return out;
    }

    private static String line(String left, String label, String value) {
        String l = left == null ? "" : left;
        return String.format(Locale.ROOT, "%-48s%-18s= %10s", l, label, value);
    }

    private static String pad(int used, int width) {
        return " ".repeat(Math.max(1, width - used));
    }

    static double fTail(double f, double d1, double d2) {
        return f <= 0 || Double.isNaN(f) ? 1 : Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    private static String count(double v) {
        return COUNT.formatBare(v).strip();
    }

    private static String fixed(double v, int d) {
        return Double.isNaN(v) || v > 8e307 ? "." : String.format(Locale.ROOT, "%." + d + "f", v);
    }

    private static String g(double v) {
        return StataFormat.parse("%11.0g").formatBare(v);
    }

    private static String g4(double v) {
        return StataFormat.parse("%9.5g").formatBare(v);
    }
}
