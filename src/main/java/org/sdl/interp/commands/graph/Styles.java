package org.sdl.interp.commands.graph;

import org.sdl.interp.SdlError;
import org.sdl.output.graph.LinePattern;
import org.sdl.output.graph.Rgb;
import org.sdl.output.graph.Sizes;
import org.sdl.output.graph.StataColors;
import org.sdl.output.graph.Symbol;

/** Parses Stata's style words (colours, symbols, patterns, sizes) with r(198) naming the option. */
public final class Styles {
    private Styles() {}

    public static Rgb color(String option, String v) {
        Rgb c = StataColors.parse(v);
        if (c == null) {
            throw new SdlError(198, "option " + option + "(): color " + v.strip() + " not found");
        }
        return c;
    }

    public static Symbol symbol(String option, String v) {
        Symbol s = Symbol.parse(v);
        if (s == null) {
            throw new SdlError(198, "option " + option + "(): symbol " + v.strip() + " not found");
        }
        return s;
    }

    public static LinePattern pattern(String option, String v) {
        LinePattern p = LinePattern.parse(v);
        if (p == null) {
            throw new SdlError(198, "option " + option + "(): line pattern " + v.strip() + " not found");
        }
        return p;
    }

    public static double textSize(String option, String v, double dflt) {
        try {
            return Sizes.text(v, dflt);
        } catch (IllegalArgumentException e) {
            throw new SdlError(198, "option " + option + "(): size " + v.strip() + " not found");
        }
    }

    public static double markerSize(String option, String v, double dflt) {
        try {
            return Sizes.marker(v, dflt);
        } catch (IllegalArgumentException e) {
            throw new SdlError(198, "option " + option + "(): size " + v.strip() + " not found");
        }
    }

    public static double lineWidth(String option, String v, double dflt) {
        try {
            return Sizes.line(v, dflt);
        } catch (IllegalArgumentException e) {
            throw new SdlError(198, "option " + option + "(): line width " + v.strip() + " not found");
        }
    }
}
