package org.sdl.output.graph;

/** How a line is drawn: colour, width (relative units, see {@link Sizes}) and pattern. */
public record LineStyle(Rgb color, double width, LinePattern pattern) {
    public LineStyle withColor(Rgb c) { return new LineStyle(c, width, pattern); }
    public LineStyle withWidth(double w) { return new LineStyle(color, w, pattern); }
    public LineStyle withPattern(LinePattern p) { return new LineStyle(color, width, p); }
}
