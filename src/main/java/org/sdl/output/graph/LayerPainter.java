package org.sdl.output.graph;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;

/**
 * Draws one layer into a laid-out plot frame. Points are drawn once per distinct position on a
 * fine grid (half a pixel for raster output, one pixel for vector output): a million-point
 * scatter then costs what the picture can show, and an SVG stays a size a browser opens.
 */
final class LayerPainter {
    private final Graphics2D g;
    private final Strokes strokes;
    private final double u;
    private final PlotFrame f;
    private final boolean vector;
    private final TextPainter text;

    LayerPainter(Graphics2D g, Strokes strokes, double unit, PlotFrame f, boolean vector, TextPainter text) {
        this.g = g;
        this.strokes = strokes;
        this.u = unit;
        this.f = f;
        this.vector = vector;
        this.text = text;
    }

    void paint(Layer l) {
        if (l instanceof Layer.Points p) {
            points(p.x(), p.y(), p.marker(), p.labels());
        } else if (l instanceof Layer.Line p) {
            line(p.x(), p.y(), p.line());
            if (p.marker() != null) {
                points(p.x(), p.y(), p.marker(), null);
            }
        } else if (l instanceof Layer.Band b) {
            band(b);
        } else if (l instanceof Layer.Bars b) {
            bars(b);
        } else if (l instanceof Layer.Spikes sp) {
            spikes(sp);
        } else if (l instanceof Layer.Text t) {
            if (ok(t.x(), t.y())) {
                textAt(t.text(), t.size(), t.color(), f.px(t.x()), f.py(t.y()), t.position());
            }
        } else if (l instanceof Layer.RefLine r) {
            refLine(r);
        }
    }

    private boolean ok(double x, double y) {
        return f.xMap().placeable(x) && f.yMap().placeable(y);
    }

    /** Number of points drawn by the last {@link #points} call (tests, benchmark notes). */
    int lastDrawn;

    void points(double[] x, double[] y, MarkerStyle m, String[] labels) {
        if (m == null || m.symbol() == Symbol.NONE) {
            return;
        }
        double d = strokes.markerPx(m);
        Strokes.Shapes shapes = new Strokes.Shapes(u);
        Rectangle2D box = f.box();
        double res = vector ? 1.0 : 0.5;
        int gw = (int) Math.ceil(box.getWidth() / res) + 3;
        int gh = (int) Math.ceil(box.getHeight() / res) + 3;
        BitSet seen = x.length > 2000 && labels == null ? new BitSet(gw * gh) : null;
        int n = Math.min(x.length, y.length);
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            if (!ok(x[i], y[i])) {
                continue;
            }
            double px = f.px(x[i]);
            double py = f.py(y[i]);
            if (seen != null) {
                int cx = (int) Math.floor((px - box.getX()) / res) + 1;
                int cy = (int) Math.floor((py - box.getY()) / res) + 1;
                if (cx < 0 || cy < 0 || cx >= gw || cy >= gh) {
                    continue;
                }
                int key = cy * gw + cx;
                if (seen.get(key)) {
                    continue;
                }
                seen.set(key);
            }
            strokes.marker(m, px, py, d, shapes);
            drawn++;
            if (labels != null && i < labels.length && labels[i] != null) {
                textAt(labels[i], 2.6, m.outline(), px + d / 2, py, 3);
            }
        }
        lastDrawn = drawn;
    }

    void line(double[] x, double[] y, LineStyle s) {
        if (!strokes.use(s)) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!ok(x[i], y[i])) {
                open = false;
                continue;
            }
            double px = f.px(x[i]);
            double py = f.py(y[i]);
            if (open) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                open = true;
            }
        }
        g.draw(path);
    }

    private double bx(boolean horizontal, double pos, double val) {
        return horizontal ? f.px(val) : f.px(pos);
    }

    private double by(boolean horizontal, double pos, double val) {
        return horizontal ? f.py(pos) : f.py(val);
    }

    private boolean okH(boolean horizontal, double pos, double val) {
        return horizontal ? ok(val, pos) : ok(pos, val);
    }

    void band(Layer.Band b) {
        boolean h = b.horizontal();
        int n = b.x().length;
        int i = 0;
        while (i < n) {
            while (i < n && !(okH(h, b.x()[i], b.lo()[i]) && okH(h, b.x()[i], b.hi()[i]))) {
                i++;
            }
            int start = i;
            while (i < n && okH(h, b.x()[i], b.lo()[i]) && okH(h, b.x()[i], b.hi()[i])) {
                i++;
            }
            if (i - start >= 1) {
                Path2D.Double p = new Path2D.Double();
                for (int k = start; k < i; k++) {
                    double px = bx(h, b.x()[k], b.hi()[k]);
                    double py = by(h, b.x()[k], b.hi()[k]);
                    if (k == start) {
                        p.moveTo(px, py);
                    } else {
                        p.lineTo(px, py);
                    }
                }
                for (int k = i - 1; k >= start; k--) {
                    p.lineTo(bx(h, b.x()[k], b.lo()[k]), by(h, b.x()[k], b.lo()[k]));
                }
                p.closePath();
                strokes.fill(p, b.fill());
            }
        }
    }

    void bars(Layer.Bars b) {
        boolean h = b.horizontal();
        Rectangle2D.Double r = new Rectangle2D.Double();
        for (int i = 0; i < b.x().length; i++) {
            double base = b.base() == null ? 0 : b.base()[i];
            double pos = b.x()[i];
            double lo = pos - b.width() / 2;
            double hi = pos + b.width() / 2;
            if (!okH(h, lo, b.y()[i]) || !okH(h, hi, base)) {
                continue;
            }
            double x0 = bx(h, lo, base);
            double y0 = by(h, lo, base);
            double x1 = bx(h, hi, b.y()[i]);
            double y1 = by(h, hi, b.y()[i]);
            r.setFrame(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            strokes.fill(r, b.fill());
        }
    }

    void spikes(Layer.Spikes sp) {
        if (!strokes.use(sp.line())) {
            return;
        }
        boolean h = sp.horizontal();
        double cap = sp.capSize() * u / 2;
        Line2D.Double l = new Line2D.Double();
        for (int i = 0; i < sp.x().length; i++) {
            double pos = sp.x()[i];
            if (!okH(h, pos, sp.lo()[i]) || !okH(h, pos, sp.hi()[i])) {
                continue;
            }
            double x0 = bx(h, pos, sp.lo()[i]);
            double y0 = by(h, pos, sp.lo()[i]);
            double x1 = bx(h, pos, sp.hi()[i]);
            double y1 = by(h, pos, sp.hi()[i]);
            l.setLine(x0, y0, x1, y1);
            g.draw(l);
            if (cap > 0) {
                if (h) {
                    l.setLine(x0, y0 - cap, x0, y0 + cap);
                    g.draw(l);
                    l.setLine(x1, y1 - cap, x1, y1 + cap);
                } else {
                    l.setLine(x0 - cap, y0, x0 + cap, y0);
                    g.draw(l);
                    l.setLine(x1 - cap, y1, x1 + cap, y1);
                }
                g.draw(l);
            }
        }
    }

    void refLine(Layer.RefLine r) {
        if (!strokes.use(r.line())) {
            return;
        }
        Rectangle2D b = f.box();
        if (r.vertical()) {
            if (f.xMap().placeable(r.value())) {
                double x = f.px(r.value());
                g.draw(new Line2D.Double(x, b.getMinY(), x, b.getMaxY()));
            }
        } else if (f.yMap().placeable(r.value())) {
            double y = f.py(r.value());
            g.draw(new Line2D.Double(b.getMinX(), y, b.getMaxX(), y));
        }
    }

    /** Text beside a point at a clock position (0 = centred on it). */
    void textAt(String s, double size, Rgb color, double x, double y, int clock) {
        double off = 0.6 * u;
        int h = 0;
        int v = 0;
        switch (clock) {
            case 1, 2 -> { h = -1; v = 1; x += off; y -= off; }
            case 3 -> { h = -1; x += off; }
            case 4, 5 -> { h = -1; v = -1; x += off; y += off; }
            case 6 -> { v = -1; y += off; }
            case 7, 8 -> { h = 1; v = -1; x -= off; y += off; }
            case 9 -> { h = 1; x -= off; }
            case 10, 11 -> { h = 1; v = 1; x -= off; y -= off; }
            case 12 -> { v = 1; y -= off; }
            default -> { }
        }
        text.draw(s, Double.isNaN(size) ? 3.2 : size, (color == null ? Rgb.BLACK : color).awt(), x, y, h, v, 0);
    }
}
