package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Numlist;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.ast.CommandCall.OptionNode;
import org.sdl.output.graph.Axis;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Legend;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.Rgb;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;
import org.sdl.output.graph.Tick;

/**
 * The options every graph command shares (Stata's twoway_options): titles, axis titles, labels
 * and scales, reference lines, legend, added text, aspect ratio, region colours, scheme, name()
 * and saving(). Options are taken from {@link Opts}; whatever is left is someone else's or r(198).
 */
final class GraphOptions {
    /** What the command does with the finished graph. */
    static final class Target {
        String name = "Graph";
        boolean replaceName;
        String saving;
        boolean replaceSaving;
        boolean nodraw;
    }

    private GraphOptions() {}

    /** The scheme named by scheme() or the session default; unknown is r(111) as in Stata. */
    static Scheme scheme(Opts o, String sessionDefault) {
        String s = o.get("SCHeme");
        String name = s == null ? sessionDefault : s.strip();
        Scheme sc = Scheme.named(name);
        if (sc == null) {
            throw new SdlError(111, "scheme " + name + " not found (available: " + String.join(", ", Scheme.NAMES) + ")");
        }
        return sc;
    }

    /** Titles, notes, regions, aspect ratio, legend, name/saving: graph-level only (no axes). */
    static Target graphLevel(Opts o, Graph g, Scheme s) {
        g.scheme = s.name;
        String v;
        if ((v = o.get("TItle")) != null) g.title = text("title", v);
        if ((v = o.get("SUBtitle")) != null) g.subtitle = text("subtitle", v);
        if ((v = o.get("note")) != null) g.note = text("note", v);
        if ((v = o.get("CAPtion")) != null) g.caption = text("caption", v);
        if ((v = o.get("ASPECTratio")) != null) g.aspectRatio = Opts.number("aspectratio", Opts.splitComma(v)[0]);
        if ((v = o.get("GRAPHRegion")) != null) g.graphRegion = region("graphregion", v);
        if ((v = o.get("PLOTRegion")) != null) g.plotRegion = region("plotregion", v);
        if ((v = o.get("XSIZe")) != null) g.xsize = Opts.number("xsize", v);
        if ((v = o.get("YSIZe")) != null) g.ysize = Opts.number("ysize", v);
        if ((v = o.get("LEGend")) != null) legend("legend", v, g.legend);
        Target t = new Target();
        if ((v = o.get("name")) != null) {
            String[] p = Opts.splitComma(v);
            t.name = p[0];
            if (!p[1].isEmpty()) {
                if (!p[1].strip().equals("replace")) {
                    throw new SdlError(198, "option name(): suboption " + p[1].strip() + " not allowed");
                }
                t.replaceName = true;
            }
            if (!t.name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new SdlError(198, "option name(): invalid name " + t.name);
            }
        }
        if ((v = o.get("SAVing")) != null) {
            String[] p = Opts.splitComma(v);
            t.saving = Words.unquote(p[0]);
            t.replaceSaving = p[1].strip().equals("replace");
            if (!p[1].isEmpty() && !t.replaceSaving) {
                throw new SdlError(198, "option saving(): suboption " + p[1].strip() + " not allowed");
            }
        }
        t.nodraw = o.flag("nodraw");
        return t;
    }

    /** Axis options and reference lines / text on one plot region. */
    static void axes(Opts o, org.sdl.output.graph.Plot p, Scheme s) {
        String v;
        if ((v = o.get("XTItle")) != null) p.x.title = axisTitle("xtitle", v);
        if ((v = o.get("YTItle")) != null) p.y.title = axisTitle("ytitle", v);
        if ((v = o.get("XLABel")) != null) labels("xlabel", v, p.x);
        if ((v = o.get("YLABel")) != null) labels("ylabel", v, p.y);
        if ((v = o.get("XSCale")) != null) scale("xscale", v, p.x);
        if ((v = o.get("YSCale")) != null) scale("yscale", v, p.y);
        for (String a : o.all("XLine")) refLines("xline", a, true, p, s);
        for (String a : o.all("YLine")) refLines("yline", a, false, p, s);
        for (String a : o.all("TEXT")) texts(a, p, s);
    }

    static TextBlock text(String option, String v) {
        String[] p = Opts.splitComma(v);
        TextBlock t = new TextBlock(Opts.lines(p[0]), Double.NaN, null);
        Opts sub = new Opts(Opts.parse(p[1]));
        String x;
        if ((x = sub.get("SIZe")) != null) t = t.withSize(Styles.textSize(option, x, 3.8));
        if ((x = sub.get("COLor")) != null) t = t.withColor(Styles.color(option, x));
        sub.all("POSition");   // title placement: accepted only as Stata's default (centred) position
        sub.rejectRest(option);
        return t;
    }

    private static TextBlock axisTitle(String option, String v) {
        TextBlock t = text(option, v);
        return t.isEmpty() ? new TextBlock(List.of(), Double.NaN, null) : t;
    }

    private static Rgb region(String option, String v) {
        Opts sub = new Opts(Opts.parse(v));
        Rgb c = null;
        String x;
        if ((x = sub.get("COLor")) != null) c = Styles.color(option, x);
        if ((x = sub.get("FColor")) != null) c = Styles.color(option, x);
        if ((x = sub.get("ICOLor")) != null) c = Styles.color(option, x);
        sub.rejectRest(option);
        return c;
    }

    /** xlabel(rule-or-numlist ["label" ...] [, angle() format() valuelabel labsize() grid nogrid noticks]). */
    static void labels(String option, String v, Axis a) {
        String[] p = Opts.splitComma(v);
        String main = p[0];
        if (main.equals("none")) {
            a.noLabels = true;
        } else if (main.startsWith("#")) {
            a.tickCount = Opts.integer(option, main.substring(1));
        } else if (!main.isEmpty()) {
            a.ticks = tickList(option, main);
        }
        Opts sub = new Opts(Opts.parse(p[1]));
        String x;
        if ((x = sub.get("ANGle")) != null) a.labelAngle = angle(option, x);
        if ((x = sub.get("FORmat")) != null) {
            if (!org.sdl.output.StataFormat.isValid(x.strip())) {
                throw new SdlError(198, "option " + option + "(): invalid format " + x.strip());
            }
            a.format = x.strip();
        }
        if (sub.flag("VALuelabel")) a.valueLabels = new TreeMap<>();   // filled by the command from the variable
        if ((x = sub.get("LABSize")) != null) a.labelSize = Styles.textSize(option, x, 3.2);
        if (sub.flag("grid")) a.grid = true;
        if (sub.flag("nogrid")) a.grid = false;
        if (sub.flag("NOTICKs")) a.noTicks = true;
        if (sub.flag("nolabels")) a.noLabels = true;
        sub.rejectRest(option);
    }

    private static double angle(String option, String x) {
        return switch (x.strip()) {
            case "horizontal", "h", "0" -> 0;
            case "vertical", "v", "90" -> 90;
            case "45" -> 45;
            default -> Opts.number(option + "(angle)", x);
        };
    }

    /** {@code 0(10)100}, {@code 1 "Low" 2 "High"}: numbers with optional labels. */
    private static List<Tick> tickList(String option, String main) {
        List<Tick> out = new ArrayList<>();
        List<String> words = Words.split(main);
        StringBuilder nums = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("\"") || w.startsWith("`\"")) {
                if (out.isEmpty() && nums.length() == 0) {
                    throw new SdlError(198, "option " + option + "(): label " + w + " without a value");
                }
                flush(option, nums, out);
                Tick last = out.remove(out.size() - 1);
                out.add(new Tick(last.value(), Words.unquote(w)));
            } else {
                nums.append(w).append(' ');
            }
        }
        flush(option, nums, out);
        return out;
    }

    private static void flush(String option, StringBuilder nums, List<Tick> out) {
        if (nums.length() == 0) {
            return;
        }
        List<Double> values;
        try {
            values = Numlist.expand(nums.toString());
        } catch (SdlError e) {
            throw new SdlError(198, "option " + option + "(): invalid numlist " + nums.toString().strip());
        }
        for (double d : values) {
            out.add(new Tick(d, null));
        }
        nums.setLength(0);
    }

    static void scale(String option, String v, Axis a) {
        Opts sub = new Opts(Opts.parse(v));
        if (sub.flag("log")) a.log = true;
        if (sub.flag("REVerse")) a.reverse = true;
        if (sub.flag("off")) a.hidden = true;
        String r = sub.get("RANge");
        if (r != null) {
            List<Double> d = Numlist.expand(r);
            for (double x : d) {
                a.rangeMin = Double.isNaN(a.rangeMin) ? x : Math.min(a.rangeMin, x);
                a.rangeMax = Double.isNaN(a.rangeMax) ? x : Math.max(a.rangeMax, x);
            }
        }
        sub.rejectRest(option);
    }

    private static void refLines(String option, String v, boolean vertical, org.sdl.output.graph.Plot p, Scheme s) {
        String[] parts = Opts.splitComma(v);
        LineStyle ls = s.refLine();
        Opts sub = new Opts(Opts.parse(parts[1]));
        String x;
        if ((x = sub.get("LColor")) != null) ls = ls.withColor(Styles.color(option, x));
        if ((x = sub.get("LPattern")) != null) ls = ls.withPattern(Styles.pattern(option, x));
        if ((x = sub.get("LWidth")) != null) ls = ls.withWidth(Styles.lineWidth(option, x, ls.width()));
        sub.rejectRest(option);
        for (double d : Numlist.expand(parts[0])) {
            p.add(new Layer.RefLine(vertical, d, ls));
        }
    }

    /** text(y x "text" [y x "text" ...] [, size() color() placement()]). */
    private static void texts(String v, org.sdl.output.graph.Plot p, Scheme s) {
        String[] parts = Opts.splitComma(v);
        Opts sub = new Opts(Opts.parse(parts[1]));
        double size = s.tickLabelSize;
        Rgb color = s.text;
        int pos = 0;
        String x;
        if ((x = sub.get("SIZe")) != null) size = Styles.textSize("text", x, size);
        if ((x = sub.get("COLor")) != null) color = Styles.color("text", x);
        if ((x = sub.get("PLACEment")) != null) pos = placement(x);
        sub.rejectRest("text");
        List<String> w = Words.split(parts[0]);
        int i = 0;
        while (i < w.size()) {
            if (i + 2 >= w.size()) {
                throw new SdlError(198, "option text(): expected y x \"text\"");
            }
            double yy = Opts.number("text", w.get(i));
            double xx = Opts.number("text", w.get(i + 1));
            i += 2;
            StringBuilder t = new StringBuilder();
            while (i < w.size() && (w.get(i).startsWith("\"") || w.get(i).startsWith("`\""))) {
                t.append(t.length() > 0 ? " " : "").append(Words.unquote(w.get(i)));
                i++;
            }
            p.add(new Layer.Text(xx, yy, t.toString(), size, color, pos));
        }
    }

    private static int placement(String x) {
        return switch (x.strip()) {
            case "c", "center" -> 0;
            case "n", "north" -> 12;
            case "ne" -> 1;
            case "e", "east" -> 3;
            case "se" -> 4;
            case "s", "south" -> 6;
            case "sw" -> 7;
            case "w", "west" -> 9;
            case "nw" -> 11;
            default -> throw new SdlError(198, "option text(): placement " + x.strip() + " not allowed");
        };
    }

    /** legend(order(2 "b" 1) label(1 "a") rows() cols() position() ring() off on size() title()). */
    static void legend(String option, String v, Legend lg) {
        Opts sub = new Opts(Opts.parse(v));
        if (sub.flag("off")) lg.show = false;
        if (sub.flag("on")) lg.show = true;
        String x;
        if ((x = sub.get("ORDer")) != null) {
            lg.order = new ArrayList<>();
            java.util.Map<Integer, String> given = new java.util.HashMap<>();
            int last = -1;
            for (String t : Words.split(x)) {
                if (t.startsWith("\"") || t.startsWith("`\"")) {
                    if (last < 0) {
                        throw new SdlError(198, "option legend(order()): text " + t + " without a key number");
                    }
                    String text = Words.unquote(t);
                    given.merge(last, text, (a, b) -> a + " " + b);
                } else if (!t.equals("-")) {
                    last = Opts.integer("legend(order())", t);
                    lg.order.add(last);
                }
            }
            lg.labels.putAll(given);
        }
        for (String l : sub.all("LABel")) {
            List<String> w = Words.split(l);
            if (w.size() < 2) {
                throw new SdlError(198, "option legend(label()): expected a key number and text");
            }
            int k = Opts.integer("legend(label())", w.get(0));
            StringBuilder t = new StringBuilder();
            for (int i = 1; i < w.size(); i++) {
                t.append(i > 1 ? " " : "").append(Words.unquote(w.get(i)));
            }
            lg.labels.put(k, t.toString());
        }
        if ((x = sub.get("ROWs")) != null) lg.rows = Opts.integer("legend(rows())", x);
        if ((x = sub.get("COLs")) != null) lg.cols = Opts.integer("legend(cols())", x);
        if ((x = sub.get("POSition")) != null) {
            lg.position = Opts.integer("legend(position())", x);
            if (lg.position < 0 || lg.position > 12) {
                throw new SdlError(198, "option legend(position()): clock position 0-12 expected");
            }
        }
        if ((x = sub.get("RING")) != null) lg.ring = Opts.integer("legend(ring())", x);
        if ((x = sub.get("SIZe")) != null) lg.size = Styles.textSize("legend(size())", x, 3.2);
        if ((x = sub.get("TItle")) != null) lg.title = text("legend(title())", x);
        sub.rejectRest(option);
    }

    /** Graph-level option names, so that plot option parsing can leave them alone. */
    static final String[] GRAPH_LEVEL = {"TItle", "SUBtitle", "note", "CAPtion", "ASPECTratio", "GRAPHRegion",
        "PLOTRegion", "XSIZe", "YSIZe", "LEGend", "name", "SAVing", "nodraw", "SCHeme", "XTItle", "YTItle",
        "XLABel", "YLABel", "XSCale", "YSCale", "XLine", "YLine", "TEXT", "by"};

    static boolean isGraphLevel(OptionNode n) {
        for (String s : GRAPH_LEVEL) {
            if (Opts.matches(n.name(), s)) {
                return true;
            }
        }
        return false;
    }
}
