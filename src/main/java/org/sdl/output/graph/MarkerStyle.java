package org.sdl.output.graph;

/** How points are drawn: symbol, fill colour, outline colour and size (relative units, see {@link Sizes}). */
public record MarkerStyle(Symbol symbol, Rgb fill, Rgb outline, double size) {
    public MarkerStyle withSymbol(Symbol s) { return new MarkerStyle(s, fill, outline, size); }
    public MarkerStyle withColor(Rgb c) { return new MarkerStyle(symbol, c, c, size); }
    public MarkerStyle withFill(Rgb c) { return new MarkerStyle(symbol, c, outline, size); }
    public MarkerStyle withOutline(Rgb c) { return new MarkerStyle(symbol, fill, c, size); }
    public MarkerStyle withSize(double s) { return new MarkerStyle(symbol, fill, outline, s); }
}
