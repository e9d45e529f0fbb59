package org.sdl.output.graph;

/** Maps data values of one axis to pixels (linear or log10, maybe reversed). */
public final class AxisMap {
    final double lo;
    final double hi;
    final boolean log;
    final double p0;
    final double p1;

    /** Data lo..hi onto pixels p0..p1 (p0 is where lo lands: left edge, or bottom edge for y). */
    AxisMap(double lo, double hi, boolean log, boolean reverse, double p0, double p1) {
        double a = log ? Math.log10(lo) : lo;
        double b = log ? Math.log10(hi) : hi;
        if (!(b > a)) {
            a -= 0.5;
            b += 0.5;
        }
        this.lo = a;
        this.hi = b;
        this.log = log;
        this.p0 = reverse ? p1 : p0;
        this.p1 = reverse ? p0 : p1;
    }

    public double px(double v) {
        double t = log ? Math.log10(v) : v;
        return p0 + (t - lo) / (hi - lo) * (p1 - p0);
    }

    /** Whether a value can be placed (present, and positive on a log axis). */
    boolean placeable(double v) {
        return Extent.present(v) && (!log || v > 0);
    }
}
