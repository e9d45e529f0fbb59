package org.sdl.interp.causal;

import java.util.Locale;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;
import org.sdl.stats.causal.PsMatch;

/** psmatch2's results table and the treatment-by-support tabulation. */
final class MatchReport {
    private MatchReport() {}

    static void print(Invocation inv, String y, boolean[] treated, double[] yv, PsMatch.Result r, double se,
                      double[] unmatched, PropensityScore ps, boolean quiet) {
        StataFormat g = StataFormat.parse("%11.0g");
        String rule = "-".repeat(88);
        inv.out().println();
        inv.out().println(rule);
        inv.out().println("        Variable     Sample |    Treated     Controls   Difference         S.E.   T-stat");
        inv.out().println("----------------------------+-----------------------------------------------------------");
        inv.out().println(String.format(Locale.ROOT, "%16s  Unmatched | %s  %s  %s  %s %8.2f", y, g.format(unmatched[2]),
            g.format(unmatched[3]), g.format(unmatched[0]), g.format(unmatched[1]), unmatched[0] / unmatched[1]));
        double mt = (Double) r.stats().get("mean_treated");
        double mc = (Double) r.stats().get("mean_matched_controls");
        inv.out().println(String.format(Locale.ROOT, "%16s        ATT | %s  %s  %s  %s %8.2f", "", g.format(mt), g.format(mc),
            g.format(r.att()), g.format(se), r.att() / se));
        if (r.controlSide() != null) {
            inv.out().println(String.format(Locale.ROOT, "%16s        ATU | %38s %s", "", "", g.format(r.atu())));
            inv.out().println(String.format(Locale.ROOT, "%16s        ATE | %38s %s", "", "", g.format(r.ate())));
        }
        inv.out().println("----------------------------+-----------------------------------------------------------");
        inv.out().println("Note: S.E. does not take into account that the propensity score is estimated.");
        int[][] tab = new int[2][2];
        for (int i = 0; i < treated.length; i++) {
            tab[treated[i] ? 1 : 0][r.support()[i] ? 1 : 0]++;
        }
        inv.out().println();
        inv.out().println(" psmatch: |   Common support");
        inv.out().println(" Treatment|  Off suppo   On suppor |     Total");
        inv.out().println("----------+-------------------------+----------");
        inv.out().println(String.format(Locale.ROOT, " Untreated| %10d %11d | %9d", tab[0][0], tab[0][1], tab[0][0] + tab[0][1]));
        inv.out().println(String.format(Locale.ROOT, "   Treated| %10d %11d | %9d", tab[1][0], tab[1][1], tab[1][0] + tab[1][1]));
        inv.out().println("----------+-------------------------+----------");
        inv.out().println(String.format(Locale.ROOT, "     Total| %10d %11d | %9d", tab[0][0] + tab[1][0],
            tab[0][1] + tab[1][1], treated.length));
    }
}
