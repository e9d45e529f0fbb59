package org.sdl.output.graph;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Styles into Java2D: strokes from line styles, marker shapes from symbols, in pixels. */
final class Strokes {
    private final Graphics2D g;
    private final double unit;

    Strokes(Graphics2D g, double unit) {
        this.g = g;
        this.unit = unit;
    }

    /** Sets colour and stroke for a line style; false when nothing would be drawn. */
    boolean use(LineStyle s) {
        if (s == null || s.color() == null || s.color().invisible() || s.width() <= 0
                || s.pattern() == LinePattern.BLANK) {
            return false;
        }
        float w = (float) Math.max(0.5, s.width() * unit);
        float[] d = s.pattern().dashes();
        if (d != null) {
            float[] scaled = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                scaled[i] = d[i] * Math.max(w, 1.5f);
            }
            d = scaled;
        }
        g.setStroke(new BasicStroke(w, d == null ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, d, 0f));
        g.setColor(s.color().awt());
        return true;
    }

    /** Fills then outlines a shape with a fill style. */
    void fill(Shape shape, FillStyle f) {
        if (f.color() != null && !f.color().invisible()) {
            g.setColor(f.color().awt());
            g.fill(shape);
        }
        if (use(f.outline())) {
            g.draw(shape);
        }
    }

    /** Diameter of a marker in pixels. */
    double markerPx(MarkerStyle m) {
        double d = m.size() * unit;
        return m.symbol().small() ? d * 0.65 : m.symbol() == Symbol.POINT ? Math.max(1, d * 0.25) : d;
    }

    /** Draws one marker centred at (x, y), reusing the given shapes (no allocation per point). */
    void marker(MarkerStyle m, double x, double y, double d, Shapes shapes) {
        Symbol shape = m.symbol().shape();
        if (m.symbol() == Symbol.NONE) {
            return;
        }
        double r = d / 2;
        Shape s;
        switch (shape) {
            case SQUARE -> {
                double q = r * 0.85;
                shapes.rect.setFrame(x - q, y - q, 2 * q, 2 * q);
                s = shapes.rect;
            }
            case DIAMOND -> {
                shapes.path.reset();
                shapes.path.moveTo(x, y - r);
                shapes.path.lineTo(x + r, y);
                shapes.path.lineTo(x, y + r);
                shapes.path.lineTo(x - r, y);
                shapes.path.closePath();
                s = shapes.path;
            }
            case TRIANGLE -> {
                shapes.path.reset();
                shapes.path.moveTo(x, y - r);
                shapes.path.lineTo(x + r * 0.95, y + r * 0.7);
                shapes.path.lineTo(x - r * 0.95, y + r * 0.7);
                shapes.path.closePath();
                s = shapes.path;
            }
            case PLUS, X -> {
                shapes.path.reset();
                double q = shape == Symbol.X ? r * 0.75 : r;
                if (shape == Symbol.PLUS) {
                    shapes.path.moveTo(x - q, y);
                    shapes.path.lineTo(x + q, y);
                    shapes.path.moveTo(x, y - q);
                    shapes.path.lineTo(x, y + q);
                } else {
                    shapes.path.moveTo(x - q, y - q);
                    shapes.path.lineTo(x + q, y + q);
                    shapes.path.moveTo(x - q, y + q);
                    shapes.path.lineTo(x + q, y - q);
                }
                g.setColor(m.outline().awt());
                g.setStroke(shapes.markerStroke);
                g.draw(shapes.path);
                return;
            }
            default -> {
                shapes.ellipse.setFrame(x - r, y - r, d, d);
                s = shapes.ellipse;
            }
        }
        if (m.symbol().hollow()) {
            g.setColor(m.outline().awt());
            g.setStroke(shapes.markerStroke);
            g.draw(s);
        } else {
            g.setColor(m.fill().awt());
            g.fill(s);
        }
    }

    /** Reusable shapes for drawing many markers. */
    static final class Shapes {
        final Ellipse2D.Double ellipse = new Ellipse2D.Double();
        final Rectangle2D.Double rect = new Rectangle2D.Double();
        final Path2D.Double path = new Path2D.Double();
        final Line2D.Double line = new Line2D.Double();
        final BasicStroke markerStroke;

        Shapes(double unit) {
            markerStroke = new BasicStroke((float) Math.max(0.8, 0.2 * unit));
        }
    }
}
