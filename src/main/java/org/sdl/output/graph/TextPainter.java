package org.sdl.output.graph;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Measures and draws text in pixels; sizes come in relative units and {@code unit} px per unit. */
final class TextPainter {
    private final Graphics2D g;
    private final double unit;

    TextPainter(Graphics2D g, double unit) {
        this.g = g;
        this.unit = unit;
    }

    Font font(String text, double size) {
        return Fonts.forText(text, (float) (size * unit));
    }

    double width(String text, double size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Font f = font(text, size);
        FontRenderContext frc = g.getFontRenderContext();
        return f.getStringBounds(text, frc).getWidth();
    }

    /** Line height: the font's ascent + descent, taken from the Latin font for even spacing. */
    double lineHeight(double size) {
        return size * unit * 1.15;
    }

    double ascent(double size) {
        return size * unit * 0.9;
    }

    double blockHeight(List<String> lines, double size) {
        return lines.size() * lineHeight(size);
    }

    double blockWidth(List<String> lines, double size) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, width(l, size));
        }
        return w;
    }

    /**
     * Draws a text (lines separated by a newline are stacked when not rotated) with its anchor at (x, y): {@code hAlign} -1 left, 0 centre, 1 right of x;
     * {@code vAlign} -1 top at y, 0 middle, 1 bottom at y; rotated {@code angle} degrees
     * counter-clockwise about the anchor.
     */
    void draw(String text, double size, java.awt.Color color, double x, double y, int hAlign, int vAlign,
              double angle) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (text.indexOf('\n') >= 0) {
            // several lines (wrapped or two-level category labels): stacked, each aligned alike
            String[] lines = text.split("\n");
            if (angle != 0) {
                draw(String.join(" ", lines), size, color, x, y, hAlign, vAlign, angle);
                return;
            }
            double h = lineHeight(size);
            double top = vAlign < 0 ? y : vAlign == 0 ? y - h * lines.length / 2 : y - h * lines.length;
            for (int i = 0; i < lines.length; i++) {
                draw(lines[i], size, color, x, top + i * h, hAlign, -1, 0);
            }
            return;
        }
        Font f = font(text, size);
        double w = width(text, size);
        double h = lineHeight(size);
        double dx = hAlign < 0 ? 0 : hAlign == 0 ? -w / 2 : -w;
        double top = vAlign < 0 ? 0 : vAlign == 0 ? -h / 2 : -h;
        double baseline = top + (h - size * unit * 1.15) / 2 + ascent(size) + size * unit * 0.05;
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (angle != 0) {
            g.rotate(-Math.toRadians(angle));
        }
        g.setFont(f);
        g.setColor(color);
        g.drawString(text, (float) dx, (float) baseline);
        g.setTransform(saved);
    }

    /** Extent of a rotated line's box along x and y (for layout of angled tick labels). */
    Rectangle2D rotatedBox(String text, double size, double angle) {
        if (text != null && text.indexOf('\n') >= 0 && angle == 0) {
            double w = 0;
            String[] lines = text.split("\n");
            for (String l : lines) {
                w = Math.max(w, width(l, size));
            }
            return new Rectangle2D.Double(0, 0, w, lineHeight(size) * lines.length);
        }
        if (text != null && text.indexOf('\n') >= 0) {
            text = text.replace('\n', ' ');
        }
        double w = width(text, size);
        double h = lineHeight(size);
        double a = Math.toRadians(angle);
        double bw = Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a));
        double bh = Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a));
        return new Rectangle2D.Double(0, 0, bw, bh);
    }
}
