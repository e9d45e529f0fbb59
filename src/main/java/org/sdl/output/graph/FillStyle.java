package org.sdl.output.graph;

/** An area's fill colour and its outline (the outline may be {@code Rgb.NONE} or width 0). */
public record FillStyle(Rgb color, LineStyle outline) {
    public FillStyle withColor(Rgb c) { return new FillStyle(c, outline); }
    public FillStyle withOutline(LineStyle l) { return new FillStyle(color, l); }
}
