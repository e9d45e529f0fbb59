package org.sdl.output.graph;

/** The running minimum and maximum of x and y over non-missing data (missing: NaN, infinite or >= Stata's '.'). */
public final class Extent {
    public double xmin = Double.POSITIVE_INFINITY;
    public double xmax = Double.NEGATIVE_INFINITY;
    public double ymin = Double.POSITIVE_INFINITY;
    public double ymax = Double.NEGATIVE_INFINITY;

    /** Stata stores missing values as doubles at or above 8.98846567431158e307. */
    private static final double STATA_MISSING = 8.98846567431158e307;

    public static boolean present(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v) && v < STATA_MISSING;
    }

    public void addPoint(double x, double y) {
        if (present(x)) {
            xmin = Math.min(xmin, x);
            xmax = Math.max(xmax, x);
        }
        if (present(y)) {
            ymin = Math.min(ymin, y);
            ymax = Math.max(ymax, y);
        }
    }

    /** Adds pairs; a pair counts only when both are present (as Stata's twoway sample does). */
    public void add(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            double a = x[i];
            double b = y[i];
            if (present(a) && present(b)) {
                if (a < xmin) xmin = a;
                if (a > xmax) xmax = a;
                if (b < ymin) ymin = b;
                if (b > ymax) ymax = b;
            }
        }
    }

    public boolean hasX() {
        return xmin <= xmax;
    }

    public boolean hasY() {
        return ymin <= ymax;
    }
}
