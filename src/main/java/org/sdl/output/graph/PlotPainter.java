package org.sdl.output.graph;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws one plot region inside a rectangle: measures tick labels and axis titles to
 * find the plot box, fills it, draws grid lines, the layers (clipped to the box), axis lines,
 * ticks and labels. Y tick labels are horizontal and the y title runs upwards, as in Stata.
 */
final class PlotPainter {
    private final Graphics2D g;
    private final Scheme s;
    private final double u;
    private final TextPainter text;
    private final Strokes strokes;
    private final boolean thinPoints;

    PlotPainter(Graphics2D g, Scheme s, double unit, boolean vector) {
        this.g = g;
        this.s = s;
        this.u = unit;
        this.text = new TextPainter(g, unit);
        this.strokes = new Strokes(g, unit);
        this.thinPoints = vector;
    }

    /** Layout only: where the plot box goes and how data map into it. */
    PlotFrame layout(Plot p, Rectangle2D area, double aspect) {
        Extent e = p.extent();
        double xmin = e.hasX() ? e.xmin : 0;
        double xmax = e.hasX() ? e.xmax : 1;
        double ymin = e.hasY() ? e.ymin : 0;
        double ymax = e.hasY() ? e.ymax : 1;
        List<Tick> xt = AxisTicks.resolve(p.x, xmin, xmax);
        List<Tick> yt = AxisTicks.resolve(p.y, ymin, ymax);
        double[] xr = span(p.x, xmin, xmax, xt);
        double[] yr = span(p.y, ymin, ymax, yt);

        double tick = s.tickLength * u;
        double gap = 0.8 * u;
        double ySize = size(p.y.labelSize);
        double xSize = size(p.x.labelSize);
        double yAngle = Double.isNaN(p.y.labelAngle) ? s.yLabelAngle : p.y.labelAngle;
        double xAngle = Double.isNaN(p.x.labelAngle) ? 0 : p.x.labelAngle;
        double yLabW = 0;
        if (!p.y.hidden && !p.y.noLabels) {
            for (Tick t : yt) {
                yLabW = Math.max(yLabW, text.rotatedBox(t.label(), ySize, yAngle).getWidth());
            }
        }
        double xLabH = 0;
        double xLabW = 0;
        if (!p.x.hidden && !p.x.noLabels && xAngle == 0) {
            double leftGuess = (p.y.hidden ? 0 : tick + gap + yLabW) + (titleExtent(p.y.title) > 0 ? gap * 1.5 + titleExtent(p.y.title) : 0);
            xt = TickWrap.wrap(xt, xr[0], xr[1], area.getWidth() - leftGuess - 2 * u, w -> text.rotatedBox(w, xSize, 0).getWidth());
        }
        if (!p.x.hidden && !p.x.noLabels) {
            for (Tick t : xt) {
                Rectangle2D b = text.rotatedBox(t.label(), xSize, xAngle);
                xLabH = Math.max(xLabH, b.getHeight());
                xLabW = Math.max(xLabW, b.getWidth());
            }
        }
        double yTitleW = titleExtent(p.y.title);
        double xTitleH = titleExtent(p.x.title);
        double left = (p.y.hidden ? 0 : tick + gap + yLabW) + (yTitleW > 0 ? gap * 1.5 + yTitleW : 0);
        double bottom = (p.x.hidden ? 0 : tick + gap + xLabH) + (xTitleH > 0 ? gap * 1.5 + xTitleH : 0);
        double top = text.lineHeight(ySize) / 2 + u;
        double right = xAngle == 0 ? Math.max(xLabW / 2, 2 * u) : 2 * u;
        double bx = area.getX() + left;
        double by = area.getY() + top;
        double bw = Math.max(10, area.getWidth() - left - right);
        double bh = Math.max(10, area.getHeight() - top - bottom);
        if (!Double.isNaN(aspect) && aspect > 0) {
            if (bh / bw > aspect) {
                double nh = bw * aspect;
                by += (bh - nh) / 2;
                bh = nh;
            } else {
                double nw = bh / aspect;
                bx += (bw - nw) / 2;
                bw = nw;
            }
        }
        Rectangle2D box = new Rectangle2D.Double(bx, by, bw, bh);
        double m = s.plotMargin * u;
        AxisMap xm = new AxisMap(xr[0], xr[1], p.x.log, p.x.reverse, bx + m, bx + bw - m);
        AxisMap ym = new AxisMap(yr[0], yr[1], p.y.log, p.y.reverse, by + bh - m, by + m);
        return new PlotFrame(box, xt, yt, xr[0], xr[1], yr[0], yr[1], xm, ym);
    }

    /** The axis covers the data, the asked range and the ticks. */
    private static double[] span(Axis a, double min, double max, List<Tick> ticks) {
        double lo = min;
        double hi = max;
        if (!Double.isNaN(a.rangeMin)) {
            lo = Math.min(lo, a.rangeMin);
        }
        if (!Double.isNaN(a.rangeMax)) {
            hi = Math.max(hi, a.rangeMax);
        }
        for (Tick t : ticks) {
            if (!a.log || t.value() > 0) {
                lo = Math.min(lo, t.value());
                hi = Math.max(hi, t.value());
            }
        }
        if (a.log && lo <= 0) {
            lo = hi > 0 ? hi / 10 : 1;
        }
        return new double[] {lo, hi};
    }

    private double size(double labelSize) {
        return Double.isNaN(labelSize) ? s.tickLabelSize : labelSize;
    }

    private double titleExtent(TextBlock t) {
        if (t == null || t.isEmpty()) {
            return 0;
        }
        return text.blockHeight(t.lines(), Double.isNaN(t.size()) ? s.axisTitleSize : t.size());
    }

    /** Draws the plot region and returns its frame. */
    PlotFrame paint(Plot p, Rectangle2D area, double aspect, Rgb plotRegion) {
        PlotFrame f = layout(p, area, aspect);
        Rectangle2D box = f.box();
        Rgb fill = plotRegion != null ? plotRegion : s.plotRegion;
        if (!fill.invisible()) {
            g.setColor(fill.awt());
            g.fill(box);
        }
        grid(p, f);
        Shape clip = g.getClip();
        g.clip(box);
        for (Layer l : p.layers) {
            new LayerPainter(g, strokes, u, f, thinPoints, text).paint(l);
        }
        g.setClip(clip);
        if (s.plotOutline != null && strokes.use(s.plotOutline)) {
            g.draw(box);
        }
        axes(p, f);
        return f;
    }

    private void grid(Plot p, PlotFrame f) {
        Rectangle2D b = f.box();
        boolean yg = p.y.grid != null ? p.y.grid : s.yGrid;
        boolean xg = p.x.grid != null ? p.x.grid : s.xGrid;
        if (yg && strokes.use(s.gridLine)) {
            for (Tick t : f.yTicks()) {
                if (f.yMap().placeable(t.value())) {
                    double y = f.py(t.value());
                    g.draw(new Line2D.Double(b.getMinX(), y, b.getMaxX(), y));
                }
            }
        }
        if (xg && strokes.use(s.gridLine)) {
            for (Tick t : f.xTicks()) {
                if (f.xMap().placeable(t.value())) {
                    double x = f.px(t.value());
                    g.draw(new Line2D.Double(x, b.getMinY(), x, b.getMaxY()));
                }
            }
        }
    }

    private void axes(Plot p, PlotFrame f) {
        Rectangle2D b = f.box();
        double tick = s.tickLength * u;
        double gap = 0.8 * u;
        java.awt.Color tc = s.text.awt();
        if (!p.y.hidden) {
            if (strokes.use(s.axisLine)) {
                g.draw(new Line2D.Double(b.getMinX(), b.getMinY(), b.getMinX(), b.getMaxY()));
            }
            double ySize = size(p.y.labelSize);
            double angle = Double.isNaN(p.y.labelAngle) ? s.yLabelAngle : p.y.labelAngle;
            double labW = 0;
            for (Tick t : f.yTicks()) {
                if (!f.yMap().placeable(t.value())) {
                    continue;
                }
                double y = f.py(t.value());
                if (!p.y.noTicks && strokes.use(s.axisLine)) {
                    g.draw(new Line2D.Double(b.getMinX() - tick, y, b.getMinX(), y));
                }
                if (!p.y.noLabels) {
                    double x = b.getMinX() - tick - gap;
                    text.draw(t.label(), ySize, tc, x, y, angle == 0 ? 1 : 0, angle == 0 ? 0 : 1, angle);
                    labW = Math.max(labW, text.rotatedBox(t.label(), ySize, angle).getWidth());
                }
            }
            if (p.y.title != null && !p.y.title.isEmpty()) {
                double size = Double.isNaN(p.y.title.size()) ? s.axisTitleSize : p.y.title.size();
                double x = b.getMinX() - tick - gap - labW - gap * 1.5;
                List<String> lines = p.y.title.lines();
                double lh = text.lineHeight(size);
                for (int i = 0; i < lines.size(); i++) {
                    double lx = x - (lines.size() - 1 - i) * lh;
                    text.draw(lines.get(i), size, color(p.y.title), lx, b.getCenterY(), 0, 1, 90);
                }
            }
        }
        if (!p.x.hidden) {
            if (strokes.use(s.axisLine)) {
                g.draw(new Line2D.Double(b.getMinX(), b.getMaxY(), b.getMaxX(), b.getMaxY()));
            }
            double xSize = size(p.x.labelSize);
            double angle = Double.isNaN(p.x.labelAngle) ? 0 : p.x.labelAngle;
            double labH = 0;
            for (Tick t : f.xTicks()) {
                if (!f.xMap().placeable(t.value())) {
                    continue;
                }
                double x = f.px(t.value());
                if (!p.x.noTicks && strokes.use(s.axisLine)) {
                    g.draw(new Line2D.Double(x, b.getMaxY(), x, b.getMaxY() + tick));
                }
                if (!p.x.noLabels) {
                    double y = b.getMaxY() + tick + gap;
                    if (angle == 0) {
                        text.draw(t.label(), xSize, tc, x, y, 0, -1, 0);
                    } else {
                        text.draw(t.label(), xSize, tc, x, y, 1, 0, angle);
                    }
                    labH = Math.max(labH, text.rotatedBox(t.label(), xSize, angle).getHeight());
                }
            }
            if (p.x.title != null && !p.x.title.isEmpty()) {
                double size = Double.isNaN(p.x.title.size()) ? s.axisTitleSize : p.x.title.size();
                double y = b.getMaxY() + tick + gap + labH + gap * 1.5;
                List<String> lines = new ArrayList<>(p.x.title.lines());
                for (String line : lines) {
                    text.draw(line, size, color(p.x.title), b.getCenterX(), y, 0, -1, 0);
                    y += text.lineHeight(size);
                }
            }
        }
    }

    private java.awt.Color color(TextBlock t) {
        return (t.color() != null ? t.color() : s.text).awt();
    }
}
