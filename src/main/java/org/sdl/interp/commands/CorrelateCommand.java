package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Beta;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.Names;

/**
 * correlate varlist [, covariance] (listwise; r(rho), r(N), r(C)) and pwcorr varlist [, sig obs
 * star(#)] (pairwise, with p-values from t = r sqrt((N-2)/(1-r^2))). Weights as Stata: fweights
 * replicate rows (N = sum f, covariances over sum f - 1); aweights weight the moments, N is the
 * number of observations and covariances use the weights normalized to sum to it.
 */
public final class CorrelateCommand extends Command {
    private final boolean pairwise;

    public CorrelateCommand(boolean pairwise) {
        super(pairwise ? "pwcorr" : "correlate", pairwise ? 6 : 3, "varlist(numeric min=1) [if] [in] [aweight fweight] "
            + (pairwise ? "[, SIG Obs STar(real 0)]" : "[, Covariance]"));
        this.pairwise = pairwise;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        int k = vars.size();
        boolean[] use = inv.args().touse().clone();
        double[] w = inv.args().weightValues(inv.session());
        boolean fw = "fweight".equals(inv.args().weightKind());
        if (w != null) {
            for (int i = 0; i < use.length; i++) {
                if (use[i] && !Missing.isMissing(w[i]) && w[i] < 0) {
                    throw new SdlError(402, "negative weights encountered");
                }
                if (use[i] && fw && !Missing.isMissing(w[i]) && w[i] != Math.rint(w[i])) {
                    throw new SdlError(401, "may not use noninteger frequency weights");
                }
                if (Missing.isMissing(w[i]) || w[i] == 0) {
                    use[i] = false;
                }
            }
        }
        NumericColumn[] cols = new NumericColumn[k];
        for (int j = 0; j < k; j++) {
            cols[j] = d.numeric(vars.get(j));
        }
        if (!pairwise) {
            for (int i = 0; i < use.length; i++) {
                for (NumericColumn c : cols) {
                    if (Missing.isMissing(c.get(i))) {
                        use[i] = false;
                    }
                }
            }
        }
        double[][] r = new double[k][k];
        double[][] p = new double[k][k];
        int[][] n = new int[k][k];
        boolean cov = !pairwise && inv.args().flag("covariance");
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double[] s = pair(cols[a], cols[b], use, w, fw);
                if (s[3] == 0) {
                    throw new SdlError(2000, "no observations");
                }
                n[a][b] = n[b][a] = (int) s[3];
                r[a][b] = r[b][a] = cov ? s[1] : s[0];
                double t = s[0] * Math.sqrt((s[3] - 2) / (1 - s[0] * s[0]));
                double df = s[3] - 2;
                p[a][b] = p[b][a] = a == b || Missing.isMissing(s[0]) || !(df > 0) ? Missing.DOT
                    : Math.abs(s[0]) >= 1 ? 0 : Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
            }
        }
        print(inv, vars, r, p, n);
        inv.session().r().scalar("N", n[k - 1][0]);
        if (k >= 2) {
            inv.session().r().scalar("rho", r[1][0]);
        }
        inv.session().r().matrix(cov ? "C" : "C", new Matrix(r, vars, vars));
    }

    /**
     * {r, cov, unused, N} over rows where both are present, in two passes (weighted means, then
     * weighted centred products). N is the sum of fweights, else the number of rows; the
     * covariance is sum w dx dy / sum w x N/(N-1), i.e. over N-1 with the weights normalized to N.
     */
    private static double[] pair(NumericColumn x, NumericColumn y, boolean[] use, double[] w, boolean fw) {
        int n = 0;
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && !Missing.isMissing(x.get(i)) && !Missing.isMissing(y.get(i))) {
                double wi = w == null ? 1 : w[i];
                n++;
                sw += wi;
                sx += wi * x.get(i);
                sy += wi * y.get(i);
            }
        }
        double mx = sx / sw;
        double my = sy / sw;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && !Missing.isMissing(x.get(i)) && !Missing.isMissing(y.get(i))) {
                double wi = w == null ? 1 : w[i];
                double dx = x.get(i) - mx;
                double dy = y.get(i) - my;
                sxx += wi * dx * dx;
                syy += wi * dy * dy;
                sxy += wi * dx * dy;
            }
        }
        double bigN = fw ? sw : n;
        double rho = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Missing.DOT;
        double cov = bigN > 1 ? sxy / sw * bigN / (bigN - 1) : Missing.DOT;
        return new double[] {rho, cov, 0, bigN};
    }

    private void print(Invocation inv, List<String> vars, double[][] r, double[][] p, int[][] n) {
        int k = vars.size();
        if (!pairwise) {
            inv.out().println("(obs=" + String.format("%,d", n[0][0]) + ")");
        }
        inv.out().println();
        // Stata's layout: 9-column cells (names abbreviated to 8), row names abbreviated to 12; a
        // star for significance takes the first space of the next cell
        StringBuilder h = new StringBuilder(String.format("%12s |", ""));
        for (String v : vars) {
            h.append(String.format(" %8s", Names.abbreviate(v, 8)));
        }
        inv.out().println(h.toString());
        inv.out().println("-".repeat(13) + "+" + "-".repeat(9 * k));
        double star = inv.args().real("star", 0);
        for (int a = 0; a < k; a++) {
            StringBuilder line = new StringBuilder(String.format("%12s |", Names.abbreviate(vars.get(a), 12)));
            StringBuilder sig = new StringBuilder(String.format("%12s |", ""));
            StringBuilder obs = new StringBuilder(String.format("%12s |", ""));
            boolean starred = false;
            for (int b = 0; b <= a; b++) {
                String cell = cell(r[a][b]);
                line.append(starred ? cell.substring(1) : cell);
                starred = star > 0 && a != b && p[a][b] < star;
                if (starred) {
                    line.append('*');
                }
                sig.append(a == b ? " ".repeat(9) : cell(p[a][b]));
                obs.append(String.format(Locale.ROOT, "%9d", n[a][b]));
            }
            inv.out().println(line.toString());
            if (pairwise && inv.args().flag("sig")) {
                inv.out().println(sig.toString());
            }
            if (pairwise && inv.args().flag("obs")) {
                inv.out().println(obs.toString());
            }
            if (pairwise && (inv.args().flag("sig") || inv.args().flag("obs"))) {
                inv.out().println(String.format("%12s |", ""));
            }
        }
    }

    /** A 9-wide cell with four decimals, or Stata's "." for a statistic that cannot be computed. */
    private static String cell(double v) {
        return Missing.isMissing(v) ? String.format("%9s", ".") : String.format(Locale.ROOT, "%9.4f", v);
    }
}
