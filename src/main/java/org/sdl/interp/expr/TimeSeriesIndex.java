package org.sdl.interp.expr;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;

/**
 * Where each observation's neighbours in time are, under tsset/xtset: L.x is x at the same panel
 * and time t - delta, not the previous row, so a gap in the series gives a missing lag, as in
 * Stata. Rows are ordered by panel and time once (primitive radix order); each lag is then a
 * binary search within the row's panel.
 */
final class TimeSeriesIndex {
    private final int[] order;
    private final int[] segmentOf;
    private final int[] segStart;
    private final int[] segEnd;
    private final int[] position;
    private final double[] time;
    private final double delta;

    private TimeSeriesIndex(int[] order, int[] segmentOf, int[] segStart, int[] segEnd, int[] position,
                            double[] time, double delta) {
        this.order = order;
        this.segmentOf = segmentOf;
        this.segStart = segStart;
        this.segEnd = segEnd;
        this.position = position;
        this.time = time;
        this.delta = delta;
    }

    static TimeSeriesIndex of(Dataset data, Object[] settings) {
        String panel = (String) settings[0];
        String timeVar = (String) settings[1];
        double delta = (Double) settings[2];
        if (!data.has(timeVar) || panel != null && !data.has(panel)) {
            throw new SdlError(111, "the tsset/xtset variables are no longer in the data; tsset again");
        }
        List<String> keys = new ArrayList<>();
        if (panel != null) {
            keys.add(panel);
        }
        keys.add(timeVar);
        int[] order = DataSort.order(data, keys, new boolean[keys.size()]);
        int n = order.length;
        double[] t = ((NumericColumn) data.column(timeVar)).toDoubles();
        double[] p = panel == null ? null : ((NumericColumn) data.column(panel)).toDoubles();
        int[] position = new int[n];
        int[] segmentOf = new int[n];
        List<int[]> segments = new ArrayList<>();
        int start = 0;
        for (int q = 0; q < n; q++) {
            position[order[q]] = q;
            boolean newPanel = q > 0 && p != null && Double.compare(p[order[q]], p[order[q - 1]]) != 0;
            if (newPanel) {
                segments.add(new int[] {start, q});
                start = q;
            }
            segmentOf[q] = segments.size();
        }
        segments.add(new int[] {start, n});
        int[] segStart = new int[segments.size()];
        int[] segEnd = new int[segments.size()];
        for (int k = 0; k < segStart.length; k++) {
            segStart[k] = segments.get(k)[0];
            segEnd[k] = segments.get(k)[1];
        }
        return new TimeSeriesIndex(order, segmentOf, segStart, segEnd, position, t, delta);
    }

    /** For every row, the row at the same panel and time t + shift*delta, or -1. */
    int[] shifted(int shift) {
        int n = order.length;
        int[] out = new int[n];
        for (int row = 0; row < n; row++) {
            double t = time[row];
            if (Missing.isMissing(t)) {
                out[row] = -1;
                continue;
            }
            int seg = segmentOf[position[row]];
            out[row] = find(segStart[seg], segEnd[seg], t + shift * delta);
        }
        return out;
    }

    /** The row whose time is target within sorted positions [lo, hi), or -1. */
    private int find(int lo, int hi, double target) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (time[order[mid]] < target) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a < hi && time[order[a]] == target ? order[a] : -1;
    }
}
