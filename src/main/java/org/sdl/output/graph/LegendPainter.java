package org.sdl.output.graph;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend: keys (a sample of each keyed layer and its text) in a grid filled row by row, as
 * Stata fills it, inside a box with the scheme's fill and outline.
 */
final class LegendPainter {
    /** One key: the layer it samples and its text. */
    record Key(Layer layer, String text) {}

    private final Graphics2D g;
    private final Scheme s;
    private final double u;
    private final TextPainter text;
    private final Strokes strokes;

    LegendPainter(Graphics2D g, Scheme s, double unit) {
        this.g = g;
        this.s = s;
        this.u = unit;
        this.text = new TextPainter(g, unit);
        this.strokes = new Strokes(g, unit);
    }

    /** The keys a graph's legend shows, after order() and label(); empty when the legend is off. */
    static List<Key> keys(Graph gr) {
        List<Layer> keyed = gr.keyedLayers();
        if (keyed.isEmpty() && gr.isGrid()) {
            for (Graph p : gr.panels) {
                keyed = p.keyedLayers();
                if (!keyed.isEmpty()) {
                    break;
                }
            }
        }
        Legend lg = gr.legend;
        boolean show = lg.show != null ? lg.show : keyed.size() >= 2;
        List<Key> out = new ArrayList<>();
        if (!show) {
            return out;
        }
        List<Integer> order = lg.order;
        if (order == null) {
            order = new ArrayList<>();
            for (int i = 1; i <= keyed.size(); i++) {
                order.add(i);
            }
        }
        for (int k : order) {
            if (k >= 1 && k <= keyed.size()) {
                String t = lg.labels.getOrDefault(k, keyed.get(k - 1).legend());
                out.add(new Key(keyed.get(k - 1), t));
            }
        }
        return out;
    }

    private double size(Legend lg) {
        return Double.isNaN(lg.size) ? s.legendSize : lg.size;
    }

    private int cols(Legend lg, int n, boolean vertical) {
        if (lg.cols > 0) {
            return Math.min(lg.cols, Math.max(1, n));
        }
        if (lg.rows > 0) {
            return Math.max(1, (int) Math.ceil(n / (double) lg.rows));
        }
        return Math.max(1, Math.min(n, vertical ? 1 : s.legendCols));
    }

    private double sampleWidth() {
        return 7 * u;
    }

    /** Width and height of the legend box. */
    double[] measure(List<Key> keys, Legend lg, boolean vertical) {
        int n = keys.size();
        int cols = cols(lg, n, vertical);
        int rows = (int) Math.ceil(n / (double) cols);
        double size = size(lg);
        double[] colW = new double[cols];
        for (int i = 0; i < n; i++) {
            colW[i % cols] = Math.max(colW[i % cols], sampleWidth() + u + text.width(keys.get(i).text(), size));
        }
        double w = 0;
        for (double c : colW) {
            w += c;
        }
        w += (cols - 1) * 2.5 * u + 2 * 1.5 * u;
        double h = rows * text.lineHeight(size) * 1.25 + 2 * u;
        if (lg.title != null && !lg.title.isEmpty()) {
            h += text.blockHeight(lg.title.lines(), s.legendSize * 1.1);
        }
        return new double[] {w, h};
    }

    void paint(List<Key> keys, Legend lg, Rectangle2D box, boolean vertical) {
        if (s.legendFill != null && !s.legendFill.invisible()) {
            g.setColor(s.legendFill.awt());
            g.fill(box);
        }
        if (s.legendOutline != null && strokes.use(s.legendOutline)) {
            g.draw(box);
        }
        int n = keys.size();
        int cols = cols(lg, n, vertical);
        double size = size(lg);
        double[] colW = new double[cols];
        for (int i = 0; i < n; i++) {
            colW[i % cols] = Math.max(colW[i % cols], sampleWidth() + u + text.width(keys.get(i).text(), size));
        }
        double rowH = text.lineHeight(size) * 1.25;
        double y0 = box.getY() + u;
        if (lg.title != null && !lg.title.isEmpty()) {
            for (String line : lg.title.lines()) {
                text.draw(line, s.legendSize * 1.1, s.text.awt(), box.getCenterX(), y0, 0, -1, 0);
                y0 += text.lineHeight(s.legendSize * 1.1);
            }
        }
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int c = i % cols;
            double x = box.getX() + 1.5 * u;
            for (int k = 0; k < c; k++) {
                x += colW[k] + 2.5 * u;
            }
            double cy = y0 + r * rowH + rowH / 2;
            sample(keys.get(i).layer(), x, cy);
            text.draw(keys.get(i).text(), size, s.text.awt(), x + sampleWidth() + u, cy, -1, 0, 0);
        }
    }

    /** A key's sample: a marker, a line, or a filled box, in the layer's own style. */
    private void sample(Layer l, double x, double cy) {
        double w = sampleWidth();
        Strokes.Shapes shapes = new Strokes.Shapes(u);
        if (l instanceof Layer.Points p) {
            strokes.marker(p.marker(), x + w / 2, cy, strokes.markerPx(p.marker()), shapes);
        } else if (l instanceof Layer.Line p) {
            if (strokes.use(p.line())) {
                g.draw(new Line2D.Double(x, cy, x + w, cy));
            }
            if (p.marker() != null) {
                strokes.marker(p.marker(), x + w / 2, cy, strokes.markerPx(p.marker()), shapes);
            }
        } else if (l instanceof Layer.Band b) {
            strokes.fill(new Rectangle2D.Double(x, cy - 1.2 * u, w, 2.4 * u), b.fill());
        } else if (l instanceof Layer.Bars b) {
            strokes.fill(new Rectangle2D.Double(x, cy - 1.2 * u, w, 2.4 * u), b.fill());
        } else if (l instanceof Layer.Spikes sp) {
            if (strokes.use(sp.line())) {
                g.draw(new Line2D.Double(x, cy, x + w, cy));
                if (sp.capSize() > 0) {
                    double c = sp.capSize() * u / 2;
                    g.draw(new Line2D.Double(x, cy - c, x, cy + c));
                    g.draw(new Line2D.Double(x + w, cy - c, x + w, cy + c));
                }
            }
        }
    }
}
