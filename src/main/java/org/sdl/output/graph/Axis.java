package org.sdl.output.graph;

import java.util.List;
import java.util.TreeMap;

/**
 * One axis of a plot region. Everything left null/NaN takes the scheme's default or is computed
 * from the data when the scene is laid out ({@link AxisTicks}): with {@code ticks == null} about
 * {@code tickCount} nice values are chosen (Stata's {@code #5}), formatted with {@code format}
 * (a Stata display format, default %9.0g) or, with {@code valueLabels}, by the value label.
 */
public final class Axis {
    /** The axis title ({@code xtitle()}/{@code ytitle()}); null = none. */
    public TextBlock title;
    /** Log scale ({@code xscale(log)}). */
    public boolean log;
    /** Values run from right to left / top to bottom ({@code xscale(reverse)}). */
    public boolean reverse;
    /** {@code xscale(off)}: no axis line, ticks or labels (the space is kept for nothing). */
    public boolean hidden;
    /** The range asked for ({@code xscale(range(a b))}): the axis covers at least this. NaN = data. */
    public double rangeMin = Double.NaN;
    public double rangeMax = Double.NaN;
    /** Explicit major ticks with labels ({@code xlabel(0(10)100)}, bar categories); null = automatic. */
    public List<Tick> ticks;
    /** How many nice ticks to aim for when automatic ({@code xlabel(#7)}). */
    public int tickCount = 5;
    /** Stata display format of tick labels ({@code xlabel(, format(%9.1f))}); null = %9.0g. */
    public String format;
    /** Value labels to show instead of numbers ({@code valuelabel}); null = numbers. */
    public TreeMap<Double, String> valueLabels;
    /** Label angle in degrees counter-clockwise (0 = horizontal); NaN = the scheme's. */
    public double labelAngle = Double.NaN;
    /** Label size in relative units; NaN = the scheme's. */
    public double labelSize = Double.NaN;
    /** Grid lines at the major ticks; null = the scheme's (y on, x off in s2color). */
    public Boolean grid;
    /** No tick labels ({@code xlabel(none)}) but still ticks. */
    public boolean noLabels;
    /** No tick marks ({@code xlabel(, noticks)}). */
    public boolean noTicks;

    public Axis title(String... lines) {
        this.title = lines.length == 0 ? null : TextBlock.of(lines);
        return this;
    }

    public Axis ticks(List<Tick> t) {
        this.ticks = t;
        return this;
    }
}
