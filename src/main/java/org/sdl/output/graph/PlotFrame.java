package org.sdl.output.graph;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A plot region after layout: the plot box in pixels, the ticks shown on each axis, and the maps
 * from data to pixels. Exposed so that tests can check where a value is drawn.
 */
public record PlotFrame(Rectangle2D box, List<Tick> xTicks, List<Tick> yTicks, double xLo, double xHi,
                        double yLo, double yHi, AxisMap xMap, AxisMap yMap) {
    /** Pixel x of a data value. */
    public double px(double x) {
        return xMap.px(x);
    }

    /** Pixel y of a data value (pixels grow downwards). */
    public double py(double y) {
        return yMap.px(y);
    }
}
