package org.sdl.interp.commands.graph;

import org.sdl.output.graph.FillStyle;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.MarkerStyle;
import org.sdl.output.graph.Rgb;
import org.sdl.output.graph.Scheme;

/** Plot options for markers, lines and fills (msymbol() mcolor() msize() lcolor() lpattern() lwidth() fcolor() color()). */
public final class PlotStyles {
    private PlotStyles() {}

    public static MarkerStyle marker(Opts o, Scheme s, int i, String color) {
        MarkerStyle m = s.marker(i);
        String v;
        if (color != null) m = m.withColor(Styles.color("color", color));
        if ((v = o.get("MSymbol")) != null) m = m.withSymbol(Styles.symbol("msymbol", v));
        if ((v = o.get("MColor")) != null) m = m.withColor(Styles.color("mcolor", v));
        if ((v = o.get("MFColor")) != null) m = m.withFill(Styles.color("mfcolor", v));
        if ((v = o.get("MLColor")) != null) m = m.withOutline(Styles.color("mlcolor", v));
        if ((v = o.get("MSIZe")) != null) m = m.withSize(Styles.markerSize("msize", v, m.size()));
        return m;
    }

    public static LineStyle line(Opts o, Scheme s, int i, String color) {
        return line(o, s.line(i), color);
    }

    public static LineStyle line(Opts o, LineStyle l, String color) {
        String v;
        if (color != null) l = l.withColor(Styles.color("color", color));
        if ((v = o.get("LColor")) != null) l = l.withColor(Styles.color("lcolor", v));
        if ((v = o.get("LPattern")) != null) l = l.withPattern(Styles.pattern("lpattern", v));
        if ((v = o.get("LWidth")) != null) l = l.withWidth(Styles.lineWidth("lwidth", v, l.width()));
        return l;
    }

    public static FillStyle fill(Opts o, FillStyle f, String color) {
        String v;
        if (color != null) {
            Rgb c = Styles.color("color", color);
            f = new FillStyle(c, f.outline().withColor(c));
        }
        if ((v = o.get("FColor")) != null) f = f.withColor(Styles.color("fcolor", v));
        if ((v = o.get("LColor")) != null) f = f.withOutline(f.outline().withColor(Styles.color("lcolor", v)));
        if ((v = o.get("LWidth")) != null) f = f.withOutline(f.outline().withWidth(Styles.lineWidth("lwidth", v, f.outline().width())));
        if ((v = o.get("LPattern")) != null) f = f.withOutline(f.outline().withPattern(Styles.pattern("lpattern", v)));
        return f;
    }
}
