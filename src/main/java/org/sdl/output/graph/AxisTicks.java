package org.sdl.output.graph;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.sdl.output.StataFormat;

/**
 * Stata's automatic axis labels ({@code #5}: "about five nice values") and their text.
 *
 * <p>The step is the smallest of 1, 2, 5 x 10^k at least (max - min) / count; the labels are the
 * multiples of the step inside the data range, plus the next one outside when the data come
 * within a quarter step of it. This reproduces Stata's choices on its own auto.dta graphs:
 * mpg 12..41 gives 10 20 30 40, weight 1,760..4,840 gives 2,000 .. 5,000, price 3,291..15,906
 * gives 5,000 10,000 15,000, and 0..100 gives 0 20 .. 100. The axis then spans the data and the
 * labels together.
 */
public final class AxisTicks {
    private AxisTicks() {}

    /** Nice tick values for data from min to max aiming at about {@code count} labels. */
    public static double[] nice(double min, double max, int count) {
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            return new double[0];
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        int want = Math.max(1, count);
        double step = niceStep((max - min) / want);
        for (int attempt = 0; attempt < 4; attempt++) {
            double[] t = multiples(min, max, step);
            if (t.length >= 2 || attempt == 3) {
                return t;
            }
            step = smallerStep(step);
        }
        return multiples(min, max, step);
    }

    /** The smallest 1, 2, 5 x 10^k at least raw. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            double s = clean(m * p);
            if (s >= raw * (1 - 1e-9)) {
                return s;
            }
        }
        return clean(10 * p);
    }

    private static double smallerStep(double step) {
        double p = Math.pow(10, Math.floor(Math.log10(step)));
        double m = Math.round(step / p);
        return clean(m == 1 ? 0.5 * p : m == 2 ? p : 2 * p);
    }

    private static double[] multiples(double min, double max, double step) {
        double tol = 0.25 * step;
        long first = (long) Math.ceil((min - tol) / step - 1e-9);
        long last = (long) Math.floor((max + tol) / step + 1e-9);
        if (last - first > 1000) {
            last = first + 1000;
        }
        double[] out = new double[(int) Math.max(0, last - first + 1)];
        for (long k = first; k <= last; k++) {
            out[(int) (k - first)] = clean(k * step);
        }
        return out;
    }

    /** Nice ticks on a log axis: powers of ten in range, or 1-2-5 multiples when fewer than three powers. */
    public static double[] niceLog(double min, double max) {
        if (!(min > 0) || !(max >= min)) {
            return new double[0];
        }
        int lo = (int) Math.floor(Math.log10(min) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        List<Double> out = new ArrayList<>();
        boolean fine = hi - lo < 2;
        for (int k = lo; k <= hi; k++) {
            double p = Math.pow(10, k);
            for (double m : fine ? new double[] {1, 2, 5} : new double[] {1}) {
                double v = clean(m * p);
                if (v >= min * 0.999 && v <= max * 1.001) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Rounds away binary noise (0.30000000000000004 -> 0.3) at 12 significant digits. */
    public static double clean(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v == 0 ? 0 : v;
        }
        return new BigDecimal(v).round(new MathContext(12)).doubleValue();
    }

    /**
     * The ticks an axis shows for data from min to max: its explicit ticks, or nice ones, each with
     * its text (the tick's own label, the value label, or the value in the axis format).
     */
    public static List<Tick> resolve(Axis axis, double min, double max) {
        List<Tick> out = new ArrayList<>();
        if (axis.ticks != null) {
            for (Tick t : axis.ticks) {
                out.add(t.label() != null ? t : new Tick(t.value(), label(axis, t.value())));
            }
            return out;
        }
        double lo = Double.isNaN(axis.rangeMin) ? min : Math.min(min, axis.rangeMin);
        double hi = Double.isNaN(axis.rangeMax) ? max : Math.max(max, axis.rangeMax);
        double[] v = axis.log ? niceLog(lo, hi) : nice(lo, hi, axis.tickCount);
        for (double d : v) {
            out.add(new Tick(d, label(axis, d)));
        }
        return out;
    }

    /** A tick value's text: value label when the axis has one for it, else the axis format (%9.0g). */
    public static String label(Axis axis, double v) {
        if (axis.valueLabels != null) {
            String l = axis.valueLabels.get(v);
            if (l != null) {
                return l;
            }
        }
        return format(v, axis.format);
    }

    /** The value in a Stata display format, trimmed (%9.0g when format is null). */
    public static String format(double v, String format) {
        StataFormat f = StataFormat.parse(format == null ? "%9.0g" : format);
        if (f == null || f.isString()) {
            f = StataFormat.parse("%9.0g");
        }
        return f.format(v).strip();
    }
}
