package org.sdl.stats.graphstats;

import org.sdl.data.DataException;

/**
 * The bins of Stata's histogram (twoway__histogram_gen): equal-width bins from a lower limit,
 * with counts (fweighted) and the four height scales.
 *
 * <p>Continuous data: k = max(1, int(min(sqrt(N), 10 ln N / ln 10))) bins by default, N the number
 * of observations (fweights counted); start = min; width = (max - start) / k; with width() given,
 * k = ceil((max - start) / width). Discrete data: width = the smallest difference between distinct
 * values (1 if there is only one value), bars centred on the values, so the lower limit is
 * start - width/2 and k = int((max - lower) / width + 0.5). An observation goes to bin
 * floor((x - lower) / width), clamped to the first and last bin, so bins are [a, b) except the last,
 * which also holds the maximum.
 */
public final class HistogramBins {

    /** How bar heights are scaled. */
    public enum Scale {
        DENSITY("Density"), FRACTION("Fraction"), FREQUENCY("Frequency"), PERCENT("Percent");

        private final String title;

        Scale(String title) {
            this.title = title;
        }

        /** Stata's y-axis title for this scale. */
        public String title() {
            return title;
        }
    }

    /** Options of the binning; null fields are Stata's defaults. */
    public record Spec(Integer bins, Double width, Double start, boolean discrete) {
        public static Spec defaults() {
            return new Spec(null, null, null, false);
        }
    }

    private final double lower;
    private final double start;
    private final double width;
    private final double[] counts;
    private final double total;
    private final boolean discrete;

    private HistogramBins(double lower, double start, double width, double[] counts, double total, boolean discrete) {
        this.lower = lower;
        this.start = start;
        this.width = width;
        this.counts = counts;
        this.total = total;
        this.discrete = discrete;
    }

    /**
     * Bins the values x (no missing values) with optional frequency weights fw (null for none).
     * Throws DataException 2000 for no observations and 198 for inconsistent options.
     */
    public static HistogramBins of(double[] x, double[] fw, Spec spec) {
        int n = x.length;
        if (n == 0) {
            throw new DataException(2000, "no observations");
        }
        if (spec.bins() != null && spec.width() != null) {
            throw new DataException(198, "options bin() and width() may not be combined");
        }
        if (spec.discrete() && spec.bins() != null) {
            throw new DataException(198, "options discrete and bin() may not be combined");
        }
        if (spec.bins() != null && spec.bins() < 1) {
            throw new DataException(198, "bin() must be a positive integer");
        }
        if (spec.width() != null && !(spec.width() > 0)) {
            throw new DataException(198, "width() must be positive");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double total = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
            total += fw == null ? 1 : fw[i];
        }
        double start = min;
        if (spec.start() != null) {
            double s = spec.start();
            if (min < s && relativeDifference(min, s) > 1e-5) {
                throw new DataException(198, "option start() may not be larger than minimum of the variable");
            }
            start = s;
        }
        double width;
        int bins;
        double lower;
        if (!spec.discrete()) {
            if (spec.width() != null) {
                width = spec.width();
                bins = Math.max(1, (int) Math.ceil((max - start) / width));
            } else if (min == max) {
                width = 1;
                bins = 1;
            } else {
                bins = spec.bins() != null ? spec.bins() : defaultBins(total);
                width = (max - start) / bins;
            }
            lower = start;
        } else {
            width = spec.width() != null ? spec.width() : smallestGap(x);
            lower = start - width / 2;
            bins = Math.max(1, (int) ((max - lower) / width + 0.5));
        }
        double[] counts = new double[bins];
        for (int i = 0; i < n; i++) {
            int b = (int) Math.floor((x[i] - lower) / width);
            if (b < 0) {
                b = 0;
            } else if (b >= bins) {
                b = bins - 1;
            }
            counts[b] += fw == null ? 1 : fw[i];
        }
        return new HistogramBins(lower, start, width, counts, total, spec.discrete());
    }

    /** Stata's default number of bins for N observations: int(min(sqrt(N), 10 log10(N))), at least 1. */
    public static int defaultBins(double n) {
        return Math.max(1, (int) Math.min(Math.sqrt(n), 10 * Math.log(n) / Math.log(10)));
    }

    /** The smallest positive difference between sorted distinct values; 1 with a single value. */
    static double smallestGap(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < s.length; i++) {
            double d = s[i] - s[i - 1];
            if (d > 0 && d < gap) {
                gap = d;
            }
        }
        return gap == Double.POSITIVE_INFINITY ? 1 : gap;
    }

    private static double relativeDifference(double a, double b) {
        return Math.abs(a - b) / (Math.abs(b) + 1);
    }

    public int bins() {
        return counts.length;
    }

    /** The lower limit of the first bin (start, or start - width/2 for discrete data). */
    public double lower() {
        return lower;
    }

    /** Stata's r(start): the start() value or the minimum. */
    public double start() {
        return start;
    }

    public double width() {
        return width;
    }

    public boolean discrete() {
        return discrete;
    }

    /** The number of observations (sum of fweights). */
    public double total() {
        return total;
    }

    /** The bin edges, bins() + 1 values. */
    public double[] edges() {
        double[] e = new double[counts.length + 1];
        for (int j = 0; j <= counts.length; j++) {
            e[j] = lower + j * width;
        }
        return e;
    }

    /** The bin midpoints. */
    public double[] centers() {
        double[] c = new double[counts.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = lower + width / 2 + j * width;
        }
        return c;
    }

    /** The (fweighted) count in each bin. */
    public double[] counts() {
        return counts.clone();
    }

    /** The bar heights on the given scale. */
    public double[] heights(Scale scale) {
        double[] h = new double[counts.length];
        for (int j = 0; j < h.length; j++) {
            h[j] = switch (scale) {
                case DENSITY -> counts[j] / (total * width);
                case FRACTION -> counts[j] / total;
                case FREQUENCY -> counts[j];
                case PERCENT -> 100 * counts[j] / total;
            };
        }
        return h;
    }

    /**
     * The area under the bars on a scale: what a density curve is multiplied by to be drawn over
     * the bars (1 for density, width for fraction, N width for frequency, 100 width for percent).
     */
    public double area(Scale scale) {
        return switch (scale) {
            case DENSITY -> 1;
            case FRACTION -> width;
            case FREQUENCY -> total * width;
            case PERCENT -> 100 * width;
        };
    }
}
