package org.sdl.output.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stata's automatic axis labels. Expected values are the labels on the auto.dta graphs printed in
 * Stata's Graphics manual ([G-2] graph twoway scatter: {@code scatter mpg weight} labels the y axis
 * 10 20 30 40 and the x axis 2,000 3,000 4,000 5,000; price 3,291..15,906 is labelled 5,000 10,000
 * 15,000) and a 0-100 percentage axis labelled 0 20 40 60 80 100.
 */
class AxisTicksTest {
    @Test
    void autoDataAxesAsInStata() {
        assertArrayEquals(new double[] {10, 20, 30, 40}, AxisTicks.nice(12, 41, 5));
        assertArrayEquals(new double[] {2000, 3000, 4000, 5000}, AxisTicks.nice(1760, 4840, 5));
        assertArrayEquals(new double[] {5000, 10000, 15000}, AxisTicks.nice(3291, 15906, 5));
        assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, AxisTicks.nice(0, 100, 5));
    }

    @Test
    void fractionalStepsHaveNoBinaryNoise() {
        // 0..1 by hand: raw step 0.2 -> 0, .2, .4, .6, .8, 1 exactly
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, AxisTicks.nice(0, 1, 5));
        Axis a = new Axis();
        assertEquals(".4", AxisTicks.label(a, AxisTicks.nice(0, 1, 5)[2]));   // %9.0g drops the leading 0
    }

    @Test
    void labelsUseFormatThenValueLabels() {
        Axis a = new Axis();
        a.format = "%9.0gc";
        assertEquals("15,000", AxisTicks.label(a, 15000));
        a.valueLabels = new java.util.TreeMap<>(java.util.Map.of(1.0, "Foreign"));
        assertEquals("Foreign", AxisTicks.label(a, 1));
        assertEquals("0", AxisTicks.label(a, 0));
    }

    @Test
    void explicitTicksKeepTheirLabels() {
        Axis a = new Axis();
        a.ticks = List.of(new Tick(1, "Low"), new Tick(2, null));
        List<Tick> t = AxisTicks.resolve(a, 0, 5);
        assertEquals("Low", t.get(0).label());
        assertEquals("2", t.get(1).label());
    }

    @Test
    void logAxisUsesPowersOfTen() {
        assertArrayEquals(new double[] {1, 10, 100, 1000}, AxisTicks.niceLog(1, 1000));
    }
}
