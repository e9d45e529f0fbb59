package org.sdl.output.graph;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One mark layer of a plot region, in data coordinates. Missing values (Stata's missing, NaN, or
 * infinities) are never drawn: a point with a missing coordinate is skipped, a line breaks there.
 * A layer with a non-null {@code legend} text gets a legend key; keys are numbered 1, 2, ... in
 * layer order over the layers that have one (what {@code legend(order(2 1))} refers to).
 *
 * <p>Layers are plain records so that the scene is data (saved by {@code graph save} as JSON, the
 * {@code type} property naming the record) and every renderer draws the same thing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Layer.Points.class, name = "points"),
    @JsonSubTypes.Type(value = Layer.Line.class, name = "line"),
    @JsonSubTypes.Type(value = Layer.Band.class, name = "band"),
    @JsonSubTypes.Type(value = Layer.Bars.class, name = "bars"),
    @JsonSubTypes.Type(value = Layer.Spikes.class, name = "spikes"),
    @JsonSubTypes.Type(value = Layer.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Layer.RefLine.class, name = "refline")
})
public sealed interface Layer {
    /** The legend key text, or null when this layer has no key. */
    String legend();

    /** Widens the data extent by this layer's coordinates (x then y, after any horizontal swap). */
    void extent(Extent e);

    /** Markers at (x[i], y[i]); {@code labels} (nullable, same length) are marker labels drawn beside them. */
    record Points(double[] x, double[] y, MarkerStyle marker, String[] labels, String legend) implements Layer {
        public Points(double[] x, double[] y, MarkerStyle marker, String legend) {
            this(x, y, marker, null, legend);
        }

        @Override public void extent(Extent e) { e.add(x, y); }
    }

    /**
     * A polyline through (x[i], y[i]) in the given order, broken at missing values; with a
     * non-null {@code marker} the vertices are marked too ({@code twoway connected}).
     */
    record Line(double[] x, double[] y, LineStyle line, MarkerStyle marker, String legend) implements Layer {
        @Override public void extent(Extent e) { e.add(x, y); }
    }

    /**
     * The filled region between lo[i] and hi[i] along x (rarea, area with lo = base, CI bands);
     * {@code horizontal} swaps the roles (x is then the vertical position).
     */
    record Band(double[] x, double[] lo, double[] hi, FillStyle fill, boolean horizontal, String legend) implements Layer {
        @Override public void extent(Extent e) {
            if (horizontal) {
                e.add(lo, x);
                e.add(hi, x);
            } else {
                e.add(x, lo);
                e.add(x, hi);
            }
        }
    }

    /**
     * Bars centred at x[i] from base[i] (all 0 when base is null) to y[i], {@code width} wide in
     * data units; {@code horizontal} draws them along the x axis (graph hbar: x holds positions on
     * the vertical axis).
     */
    record Bars(double[] x, double[] y, double[] base, double width, FillStyle fill, boolean horizontal,
                String legend) implements Layer {
        @Override public void extent(Extent e) {
            int n = x.length;
            for (int i = 0; i < n; i++) {
                double b = base == null ? 0 : base[i];
                if (horizontal) {
                    e.addPoint(y[i], x[i] - width / 2);
                    e.addPoint(b, x[i] + width / 2);
                } else {
                    e.addPoint(x[i] - width / 2, y[i]);
                    e.addPoint(x[i] + width / 2, b);
                }
            }
        }
    }

    /**
     * Spikes from lo[i] to hi[i] at x[i] (rspike), with caps {@code capSize} wide (relative units,
     * 0 = none: rcap); {@code horizontal} draws them along the x axis.
     */
    record Spikes(double[] x, double[] lo, double[] hi, LineStyle line, double capSize, boolean horizontal,
                  String legend) implements Layer {
        @Override public void extent(Extent e) {
            if (horizontal) {
                e.add(lo, x);
                e.add(hi, x);
            } else {
                e.add(x, lo);
                e.add(x, hi);
            }
        }
    }

    /**
     * Text at a data point ({@code text(y x "text")}); {@code position} is Stata's clock position of
     * the text relative to the point (0 = centred, 3 = right of it, 9 = left of it, 12 = above).
     */
    record Text(double x, double y, String text, double size, Rgb color, int position) implements Layer {
        @Override public String legend() { return null; }
        @Override public void extent(Extent e) { e.addPoint(x, y); }
    }

    /** A reference line across the whole plot region: {@code xline()} (vertical) or {@code yline()}. */
    record RefLine(boolean vertical, double value, LineStyle line) implements Layer {
        @Override public String legend() { return null; }
        @Override public void extent(Extent e) {
            // Stata widens the axis to include reference lines
            if (vertical) {
                e.addPoint(value, Double.NaN);
            } else {
                e.addPoint(Double.NaN, value);
            }
        }
    }
}
