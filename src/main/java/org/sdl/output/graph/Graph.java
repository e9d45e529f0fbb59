package org.sdl.output.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole figure, the root of a scene: titles around either one plot region ({@link #plot}) or a
 * grid of sub-graphs ({@link #panels}: {@code by()} small multiples and {@code graph combine} are
 * scenes of scenes), a legend, and region colours. Unset fields take the {@link Scheme}'s defaults
 * when drawn, so a scene built once can be drawn under another scheme.
 *
 * <pre>
 *   Graph g = Graph.of(new Plot());              // one plot region
 *   g.plot.add(new Layer.Points(x, y, scheme.marker(0), "Price"));
 *   g.plot.x.title("Weight (lbs.)");
 *   g.title = TextBlock.of("Cars");
 *   GraphFiles.write(g, Path.of("f.png"), 0, 0, false);   // or Renderer.paint(g, graphics2d, w, h)
 * </pre>
 */
public final class Graph {
    /** Scheme name ({@link Scheme#named}); null = the session's default. */
    public String scheme;
    public TextBlock title;
    public TextBlock subtitle;
    public TextBlock note;
    public TextBlock caption;
    /** The one plot region, or null when this graph is a grid of {@link #panels}. */
    public Plot plot;
    /** Sub-graphs laid out in a grid, row by row (by() panels, graph combine). */
    public List<Graph> panels = new ArrayList<>();
    /** Grid shape; 0 = choose (Stata: about square, more columns than rows). */
    public int rows;
    public int cols;
    /** by() panels: each panel's subtitle is drawn as a shaded strip (Stata's by-graph look). */
    public boolean stripTitles;
    public Legend legend = new Legend();
    /** Plot region height / width ({@code aspectratio()}); NaN = fill the space. */
    public double aspectRatio = Double.NaN;
    /** Region colours ({@code graphregion(color())}, {@code plotregion(color())}); null = scheme. */
    public Rgb graphRegion;
    public Rgb plotRegion;
    /** Physical size in inches ({@code xsize()}, {@code ysize()}); Stata's default 5.5 x 4. */
    public double xsize = 5.5;
    public double ysize = 4;

    public static Graph of(Plot plot) {
        Graph g = new Graph();
        g.plot = plot;
        return g;
    }

    public static Graph grid(List<Graph> panels, int rows, int cols) {
        Graph g = new Graph();
        g.panels = new ArrayList<>(panels);
        g.rows = rows;
        g.cols = cols;
        return g;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isGrid() {
        return plot == null;
    }

    /** The layers of this graph and all its panels that carry a legend key, in key order. */
    public List<Layer> keyedLayers() {
        List<Layer> out = new ArrayList<>();
        if (plot != null) {
            for (Layer l : plot.layers) {
                if (l.legend() != null) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
