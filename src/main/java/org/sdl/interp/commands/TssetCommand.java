package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;

/**
 * tsset [panelvar] timevar [, delta(#) clear] and xtset panelvar [timevar] [, delta(#) clear]:
 * declares the data a time series or panel, so that L., F., D. and S. work in expressions; sorts
 * by panel and time, and reports the time span, gaps and balance as Stata does.
 */
public final class TssetCommand extends Command {
    private final boolean panel;

    public TssetCommand(boolean panel) {
        super(panel ? "xtset" : "tsset", 5, "[varlist] [, DELta(real 1) CLEAR]");
        this.panel = panel;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Session s = inv.session();
        Dataset d = s.data();
        if (inv.args().flag("clear")) {
            s.setTimeSeries(null, null, 1);
            return;
        }
        // an empty [varlist] would mean all variables; here it means "show the declaration"
        String text = inv.text().strip();
        List<String> vars = text.isEmpty() || text.startsWith(",") ? List.of() : inv.args().varlist();
        Object[] current = s.timeSeries();
        String panelVar;
        String timeVar;
        double delta = inv.args().real("delta", 1);
        if (vars.isEmpty()) {
            if (current == null) {
                throw new SdlError(459, "time variable not set; use " + name() + " " + (panel ? "panelvar " : "")
                    + "timevar");
            }
            panelVar = (String) current[0];
            timeVar = (String) current[1];
            delta = (Double) current[2];
            if (!panel && timeVar == null) {
                throw new SdlError(459, "time variable not set; use tsset timevar");
            }
        } else if (panel) {
            panelVar = vars.get(0);
            timeVar = vars.size() > 1 ? vars.get(1) : null;
        } else {
            panelVar = vars.size() > 1 ? vars.get(0) : null;
            timeVar = vars.get(vars.size() - 1);
        }
        if (vars.size() > 2) {
            throw new SdlError(103, "too many variables specified");
        }
        if (!(delta > 0)) {
            throw new SdlError(198, "delta() must be positive");
        }
        List<String> keys = new ArrayList<>();
        if (panelVar != null) {
            numeric(d, panelVar);
            keys.add(panelVar);
        }
        if (timeVar != null) {
            numeric(d, timeVar);
            keys.add(timeVar);
        }
        DataSort.sort(d, keys);
        inv.session().r().macro("panelvar", panelVar == null ? "" : panelVar);
        if (timeVar == null) {
            s.setTimeSeries(panelVar, null, delta);
            inv.out().println("Panel variable: " + panelVar);
            return;
        }
        Span span = span(d, panelVar, timeVar, delta);
        s.setTimeSeries(panelVar, timeVar, delta);
        StataFormat f = StataFormat.parse(d.column(timeVar).format());
        String from = f == null ? String.valueOf(span.min) : f.formatBare(span.min).strip();
        String to = f == null ? String.valueOf(span.max) : f.formatBare(span.max).strip();
        String deltaText = (delta == Math.rint(delta) ? String.valueOf((long) delta) : String.valueOf(delta))
            + (delta == 1 ? " unit" : " units");
        String pad = panelVar == null ? "" : " ";
        if (panelVar != null) {
            inv.out().println("Panel variable: " + panelVar + " (" + span.balance + ")");
        }
        inv.out().println(pad + "Time variable: " + timeVar + ", " + from + " to " + to
            + (span.gaps ? ", but with gaps" : ""));
        inv.out().println(pad + "        Delta: " + deltaText);
        inv.session().r().macro("timevar", timeVar).scalar("tmin", span.min).scalar("tmax", span.max)
            .scalar("tdelta", delta).scalar("gaps", span.gaps ? 1 : 0)
            .macro("balanced", panelVar == null ? "" : span.balance);
    }

    private static void numeric(Dataset d, String v) {
        if (!(d.column(v) instanceof NumericColumn)) {
            throw new SdlError(109, "variable " + v + " must be numeric");
        }
    }

    /** The time span, gaps and (for panels) balance of the declared data. */
    private record Span(double min, double max, boolean gaps, String balance) {}

    private static Span span(Dataset d, String panelVar, String timeVar, double delta) {
        int n = d.nObs();
        double[] t = ((NumericColumn) d.column(timeVar)).toDoubles();
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        int[] pid = panelVar == null ? new int[n] : Grouping.of(d, List.of(panelVar), all).ids();
        int panels = 0;
        for (int id : pid) {
            panels = Math.max(panels, id + 1);
        }
        double[] lo = new double[panels];
        double[] hi = new double[panels];
        int[] count = new int[panels];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean gaps = false;
        // the data are sorted by panel and time now: repeats and gaps are between neighbours
        for (int i = 0; i < n; i++) {
            if (Missing.isMissing(t[i])) {
                continue;
            }
            int p = pid[i];
            if (i > 0 && pid[i - 1] == p && !Missing.isMissing(t[i - 1])) {
                if (t[i] == t[i - 1]) {
                    throw new SdlError(451, panelVar == null ? "repeated time values in sample"
                        : "repeated time values within panel");
                }
                if (t[i] - t[i - 1] > delta) {
                    gaps = true;
                }
            }
            lo[p] = Math.min(lo[p], t[i]);
            hi[p] = Math.max(hi[p], t[i]);
            count[p]++;
            min = Math.min(min, t[i]);
            max = Math.max(max, t[i]);
        }
        if (min == Double.POSITIVE_INFINITY) {
            throw new SdlError(2000, "no observations");
        }
        boolean sameSpan = true;
        boolean sameCount = true;
        for (int p = 1; p < panels; p++) {
            sameSpan &= lo[p] == lo[0] && hi[p] == hi[0];
            sameCount &= count[p] == count[0];
        }
        String balance = sameSpan && sameCount && !gaps ? "strongly balanced" : sameCount ? "weakly balanced"
            : "unbalanced";
        return new Span(min, max, gaps, balance);
    }
}
