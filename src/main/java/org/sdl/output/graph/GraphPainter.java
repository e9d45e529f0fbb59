package org.sdl.output.graph;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a scene with Java2D onto any Graphics2D (a PNG image, JFreeSVG, pdfbox-graphics2d), so every
 * format shows the same picture. Sizes are relative: one unit is 1/100 of the smaller side.
 * Layout from the outside in: graph region, titles on top, note and caption at the bottom, the
 * legend at its clock position, then the plot region (or the grid of panels).
 */
public final class GraphPainter {
    private final Graphics2D g;
    private final Scheme fallback;
    private final boolean vector;
    private double u;
    private final List<PlotFrame> frames = new ArrayList<>();

    private GraphPainter(Graphics2D g, Scheme fallback, boolean vector) {
        this.g = g;
        this.fallback = fallback;
        this.vector = vector;
    }

    /**
     * Paints the graph into a w x h pixel area. {@code defaultScheme} is used when the graph names
     * none; {@code vector} thins coincident points at 1 px instead of 0.5 px. Returns the plot
     * frames drawn, in order (one per plot region), so callers and tests can see where data went.
     */
    public static List<PlotFrame> paint(Graph graph, Graphics2D g, int w, int h, String defaultScheme, boolean vector) {
        Scheme s = Scheme.named(defaultScheme);
        GraphPainter p = new GraphPainter(g, s == null ? Scheme.S2COLOR : s, vector);
        p.u = Math.min(w, h) / 100.0;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Scheme sc = p.scheme(graph);
        Rgb bg = graph.graphRegion != null ? graph.graphRegion : sc.graphRegion;
        g.setColor(bg.invisible() ? java.awt.Color.WHITE : bg.awt());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        double m = sc.outerMargin * p.u;
        p.body(graph, new Rectangle2D.Double(m, m, w - 2 * m, h - 2 * m), sc, false);
        return p.frames;
    }

    private Scheme scheme(Graph gr) {
        Scheme s = gr.scheme == null ? null : Scheme.named(gr.scheme);
        return s == null ? fallback : s;
    }

    private void body(Graph gr, Rectangle2D area, Scheme s, boolean panel) {
        TextPainter text = new TextPainter(g, u);
        double top = area.getY();
        double bottom = area.getMaxY();
        double left = area.getX();
        double right = area.getMaxX();
        java.awt.Color tc = s.text.awt();
        if (gr.title != null && !gr.title.isEmpty()) {
            double size = sized(gr.title, panel ? s.subtitleSize : s.titleSize);
            for (String line : gr.title.lines()) {
                text.draw(line, size, color(gr.title, s), area.getCenterX(), top, 0, -1, 0);
                top += text.lineHeight(size);
            }
            top += u;
        }
        if (gr.subtitle != null && !gr.subtitle.isEmpty()) {
            double size = sized(gr.subtitle, s.subtitleSize);
            if (gr.stripTitles && s.stripFill != null) {
                double hgt = text.blockHeight(gr.subtitle.lines(), size) + u;
                g.setColor(s.stripFill.awt());
                g.fill(new Rectangle2D.Double(left, top, right - left, hgt));
                top += u / 2;
            }
            for (String line : gr.subtitle.lines()) {
                text.draw(line, size, color(gr.subtitle, s), area.getCenterX(), top, 0, -1, 0);
                top += text.lineHeight(size);
            }
            top += u;
        }
        for (TextBlock t : new TextBlock[] {gr.caption, gr.note}) {
            if (t != null && !t.isEmpty()) {
                double size = sized(t, s.noteSize);
                List<String> lines = t.lines();
                for (int i = lines.size() - 1; i >= 0; i--) {
                    text.draw(lines.get(i), size, color(t, s), left, bottom, -1, 1, 0);
                    bottom -= text.lineHeight(size);
                }
                bottom -= u / 2;
            }
        }
        List<LegendPainter.Key> keys = LegendPainter.keys(gr);
        LegendPainter lp = new LegendPainter(g, s, u);
        int pos = gr.legend.position >= 0 ? gr.legend.position : s.legendPosition;
        boolean inside = gr.legend.ring == 0;
        boolean vertical = pos == 3 || pos == 9 || pos == 2 || pos == 4 || pos == 8 || pos == 10;
        double[] ls = keys.isEmpty() ? null : lp.measure(keys, gr.legend, vertical);
        Rectangle2D legendBox = null;
        if (ls != null && !inside) {
            double lw = Math.min(ls[0], right - left);
            switch (pos) {
                case 12, 11, 1 -> {
                    legendBox = new Rectangle2D.Double(hAlign(pos, left, right, lw), top, lw, ls[1]);
                    top += ls[1] + u;
                }
                case 3, 2, 4 -> {
                    legendBox = new Rectangle2D.Double(right - lw, vAlign(pos, top, bottom, ls[1]), lw, ls[1]);
                    right -= lw + u;
                }
                case 9, 8, 10 -> {
                    legendBox = new Rectangle2D.Double(left, vAlign(pos, top, bottom, ls[1]), lw, ls[1]);
                    left += lw + u;
                }
                default -> {
                    bottom -= ls[1];
                    legendBox = new Rectangle2D.Double(hAlign(pos, left, right, lw), bottom, lw, ls[1]);
                    bottom -= u;
                }
            }
        }
        Rectangle2D rest = new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        PlotFrame frame = null;
        if (gr.plot != null) {
            frame = new PlotPainter(g, s, u, vector).paint(gr.plot, rest, gr.aspectRatio, gr.plotRegion);
            frames.add(frame);
        } else {
            grid(gr, rest, s);
        }
        if (ls != null && inside) {
            Rectangle2D in = frame != null ? frame.box() : rest;
            double pad = u;
            double x = switch (pos) {
                case 1, 2, 3, 4, 5 -> in.getMaxX() - ls[0] - pad;
                case 7, 8, 9, 10, 11 -> in.getX() + pad;
                default -> in.getCenterX() - ls[0] / 2;
            };
            double y = switch (pos) {
                case 11, 12, 1, 2, 10 -> in.getY() + pad;
                case 4, 5, 6, 7, 8 -> in.getMaxY() - ls[1] - pad;
                default -> in.getCenterY() - ls[1] / 2;
            };
            legendBox = new Rectangle2D.Double(x, y, ls[0], ls[1]);
        }
        if (legendBox != null) {
            lp.paint(keys, gr.legend, legendBox, vertical);
        }
    }

    private static double hAlign(int pos, double left, double right, double w) {
        return pos == 7 || pos == 11 ? left : pos == 5 || pos == 1 ? right - w : (left + right - w) / 2;
    }

    private static double vAlign(int pos, double top, double bottom, double h) {
        return pos == 2 || pos == 10 ? top : pos == 4 || pos == 8 ? bottom - h : (top + bottom - h) / 2;
    }

    private void grid(Graph gr, Rectangle2D area, Scheme s) {
        int n = gr.panels.size();
        if (n == 0) {
            return;
        }
        int cols = gr.cols > 0 ? gr.cols : gr.rows > 0 ? (int) Math.ceil(n / (double) gr.rows)
            : (int) Math.ceil(Math.sqrt(n));
        int rows = gr.rows > 0 && gr.cols <= 0 ? gr.rows : (int) Math.ceil(n / (double) cols);
        rows = Math.max(rows, (int) Math.ceil(n / (double) cols));
        double cw = area.getWidth() / cols;
        double ch = area.getHeight() / rows;
        for (int i = 0; i < n; i++) {
            Graph p = gr.panels.get(i);
            Scheme ps = p.scheme == null ? s : scheme(p);
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % cols) * cw, area.getY() + (i / cols) * ch, cw, ch);
            if (!gr.stripTitles) {
                Rgb bg = p.graphRegion != null ? p.graphRegion : ps.graphRegion;
                if (!bg.invisible()) {
                    g.setColor(bg.awt());
                    g.fill(cell);
                }
            }
            double m = (gr.stripTitles ? 0.8 : ps.outerMargin) * u;
            body(p, new Rectangle2D.Double(cell.getX() + m, cell.getY() + m, cw - 2 * m, ch - 2 * m), ps, true);
        }
    }

    private static double sized(TextBlock t, double dflt) {
        return Double.isNaN(t.size()) ? dflt : t.size();
    }

    private static java.awt.Color color(TextBlock t, Scheme s) {
        return (t.color() != null ? t.color() : s.text).awt();
    }
}
