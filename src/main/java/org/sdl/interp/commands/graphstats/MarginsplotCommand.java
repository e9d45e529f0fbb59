package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.interp.Matrix;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.commands.graph.Opts;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.FillStyle;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.MarkerStyle;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;
import org.sdl.output.graph.Tick;

/**
 * marginsplot [, xdimension(dim) by(dims) recast(plottype) recastci(plottype) ciopts() plotopts()
 * noci twoway_options] after margins: the margins in r(b) with their confidence intervals
 * (r(b) ± crit·sqrt(diag r(V)), crit from r(table) as margins printed it) drawn against the first
 * at() variable that takes several values (r(atdims)) or xdimension(); every other dimension that
 * varies (other at() variables, outcomes of an ordered model, marginlist factors) makes one line
 * per level, by() makes panels. Stata's defaults: connected lines, capped spikes for the CIs in the
 * line's colour, title "Predictive margins with 95% CIs" (from margins' title), y title from the
 * prediction ("Linear prediction", "Pr(y)"; "Effects on ..." after dydx()), legend keys
 * "var=value" or value labels, legend below.
 */
public final class MarginsplotCommand extends Command {
    public MarginsplotCommand() {
        super("marginsplot", 11, null);
    }

    /** One margin: its dimension values (name to value) and estimate. */
    record Cell(Map<String, Double> dims, double b, double lo, double hi) {}

    @Override
    public void run(Invocation inv) {
        ReturnResults r = inv.session().r();
        if (!"margins".equals(r.macros().get("cmd")) || r.matrices().get("b") == null) {
            throw new SdlError(301, "previous command was not margins");
        }
        String text = inv.text().strip();
        if (text.startsWith(",")) {
            text = text.substring(1);
        } else if (!text.isEmpty()) {
            throw new SdlError(198, "marginsplot takes options only");
        }
        String xdim = null;
        List<String> by = new ArrayList<>();
        String recast = "connected";
        String recastci = "rcap";
        String ciopts = "";
        String plotopts = "";
        boolean noci = false;
        StringBuilder common = new StringBuilder();
        for (GraphStatOutput.Option o : GraphStatOutput.options(text)) {
            String n = o.name();
            if (Opts.matches(n, "XDIMension")) {
                xdim = o.arg().split(",")[0].strip();
            } else if (n.equals("bydimension") || n.equals("bydim")) {
                by.addAll(Words.split(o.arg().split(",")[0]));
            } else if (n.equals("by")) {
                by.addAll(Words.split(o.arg().split(",")[0]));
            } else if (Opts.matches(n, "RECAST")) {
                recast = o.arg().strip();
                if (!List.of("line", "connected", "scatter").contains(recast)) {
                    throw new SdlError(198, "recast(" + recast + "): sdl's marginsplot draws line, connected or scatter");
                }
            } else if (Opts.matches(n, "RECASTCI")) {
                recastci = o.arg().strip();
                if (!List.of("rcap", "rspike", "rarea", "rline").contains(recastci)) {
                    throw new SdlError(198, "recastci(" + recastci + "): rcap, rspike, rarea or rline");
                }
            } else if (Opts.matches(n, "CIOPts")) {
                ciopts += " " + o.arg();
            } else if (Opts.matches(n, "PLOTOPts")) {
                plotopts += " " + o.arg();
            } else if (n.equals("noci")) {
                noci = true;
            } else if (n.startsWith("plot") && n.length() > 4 && Character.isDigit(n.charAt(4))) {
                throw new SdlError(198, "option " + n + "() not supported by sdl's marginsplot (use plotopts())");
            } else {
                common.append(' ').append(n).append(o.arg().isEmpty() ? "" : "(" + o.arg() + ")");
            }
        }
        Matrix bm = r.matrices().get("b");
        Matrix vm = r.matrices().get("V");
        Matrix table = r.matrices().get("table");
        List<String> names = bm.colNames();
        double level = r.scalars().getOrDefault("level", 95.0);
        List<Cell> cells = cells(r, names, bm, vm, table);
        List<String> dims = new ArrayList<>();
        for (Cell c : cells) {
            for (String d : c.dims().keySet()) {
                if (!dims.contains(d)) {
                    dims.add(d);
                }
            }
        }
        List<String> varying = new ArrayList<>();
        for (String d : dims) {
            java.util.Set<Double> seen = new java.util.HashSet<>();
            for (Cell c : cells) {
                seen.add(c.dims().getOrDefault(d, Double.NaN));
            }
            if (seen.size() > 1) {
                varying.add(d);
            }
        }
        if (xdim == null) {
            List<String> atdims = Words.split(r.macros().getOrDefault("atdims", ""));
            for (String d : atdims) {
                if (varying.contains(d) && !by.contains(d)) {
                    xdim = d;
                    break;
                }
            }
            if (xdim == null) {
                for (String d : varying) {
                    if (!d.equals("_predict") && !d.equals("_deriv") && !by.contains(d)) {
                        xdim = d;
                        break;
                    }
                }
            }
            if (xdim == null) {
                xdim = varying.isEmpty() ? null : varying.get(0);
            }
        } else if (!dims.contains(xdim)) {
            throw new SdlError(198, "xdimension(" + xdim + "): not a dimension of the margins (" + String.join(" ", dims) + ")");
        }
        for (String b : by) {
            if (!dims.contains(b)) {
                throw new SdlError(198, "by(" + b + "): not a dimension of the margins (" + String.join(" ", dims) + ")");
            }
        }
        List<String> plotDims = new ArrayList<>();
        for (String d : varying) {
            if (!d.equals(xdim) && !by.contains(d)) {
                plotDims.add(d);
            }
        }
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, common.toString());
        Scheme scheme = ctx.scheme();
        Style style = new Style(recast, recastci, noci, ciopts, plotopts);
        // panels by the by() dimensions' values, in order of appearance
        Map<String, List<Cell>> panels = new LinkedHashMap<>();
        for (Cell c : cells) {
            panels.computeIfAbsent(key(r, c, by, inv.session().data()), k -> new ArrayList<>()).add(c);
        }
        String xTitle = xdim == null ? "" : dimTitle(inv, xdim);
        String yTitle = yTitle(r);
        Graph g;
        if (by.isEmpty()) {
            g = Graph.of(plot(inv.session().data(), r, cells, xdim, plotDims, scheme, style, xTitle, yTitle));
        } else {
            List<Graph> ps = new ArrayList<>();
            for (Map.Entry<String, List<Cell>> e : panels.entrySet()) {
                Graph p = Graph.of(plot(inv.session().data(), r, e.getValue(), xdim, plotDims, scheme, style, xTitle, yTitle));
                p.subtitle = TextBlock.of(e.getKey());
                ps.add(p);
            }
            // by-graphs share their axes, as Stata's by() does
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Cell c : cells) {
                lo = Math.min(lo, Math.min(c.b(), noci ? c.b() : c.lo()));
                hi = Math.max(hi, Math.max(c.b(), noci ? c.b() : c.hi()));
            }
            for (Graph p : ps) {
                if (Double.isFinite(lo) && Double.isFinite(hi)) {
                    p.plot.y.rangeMin = lo;
                    p.plot.y.rangeMax = hi;
                }
            }
            g = Graph.grid(ps, 0, 0);
            g.stripTitles = true;
        }
        g.title = TextBlock.of(title(r, level, noci));
        // by(): each panel keeps its own legend (sdl has no shared legend for a grid)
        g.legend.show = by.isEmpty() ? !plotDims.isEmpty() : false;
        GraphStatOutput.finish(inv, g, ctx, "marginsplot");
    }

    /** recast()/recastci()/ciopts()/plotopts()/noci. */
    record Style(String recast, String recastci, boolean noci, String ciopts, String plotopts) {}

    /** The cells of r(b): each column name split into its dimensions, with the CI from r(table) or r(V). */
    static List<Cell> cells(ReturnResults r, List<String> names, Matrix bm, Matrix vm, Matrix table) {
        Matrix at = r.matrices().get("at");
        List<String> atdims = Words.split(r.macros().getOrDefault("atdims", ""));
        int critRow = table == null ? -1 : table.rowNames().indexOf("crit");
        double level = r.scalars().getOrDefault("level", 95.0);
        double z = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1, 1e-15)
            .inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            Map<String, Double> dims = new LinkedHashMap<>();
            int colon = name.indexOf(':');
            if (colon > 0) {
                dims.put("_deriv", (double) derivIndex(r, name.substring(0, colon)));
                name = name.substring(colon + 1);
            }
            if (!name.equals("_cons")) {
                for (String part : name.split("#")) {
                    int dot = part.indexOf('.');
                    if (dot < 0) {
                        // dydx without at(): the column is the effect variable
                        dims.put("_deriv", (double) derivIndex(r, part));
                        continue;
                    }
                    String lev = part.substring(0, dot).replaceAll("[bo]$", "");
                    String var = part.substring(dot + 1);
                    double v = Double.parseDouble(lev);
                    if (var.equals("_at") && at != null && !atdims.isEmpty()) {
                        int row = (int) v - 1;
                        for (String d : atdims) {
                            dims.put(d, atValue(at, row, d));
                        }
                        if (atdims.size() < Words.split(r.macros().getOrDefault("atvars", "")).size()) {
                            dims.put("_atopt", v);
                        }
                    } else {
                        dims.put(var, v);
                    }
                }
            }
            double b = bm.get(0, j);
            double se = vm == null ? Double.NaN : Math.sqrt(Math.max(0, vm.get(j, j)));
            double crit = critRow >= 0 ? table.get(critRow, j) : z;
            if (!(crit > 0) || crit >= org.sdl.data.Missing.DOT) {
                crit = z;
            }
            out.add(new Cell(dims, b, b - crit * se, b + crit * se));
        }
        return out;
    }

    private static int derivIndex(ReturnResults r, String var) {
        List<String> xs = Words.split(r.macros().getOrDefault("xvars", ""));
        int k = xs.indexOf(var);
        return k < 0 ? xs.size() : k;
    }

    private static double atValue(Matrix at, int row, String var) {
        int c = at.colNames().indexOf(var);
        if (c >= 0) {
            return at.get(row, c);
        }
        // a factor variable: the level whose indicator column is 1
        for (int k = 0; k < at.colNames().size(); k++) {
            String cn = at.colNames().get(k);
            if (cn.endsWith("." + var) && at.get(row, k) == 1) {
                return Double.parseDouble(cn.substring(0, cn.indexOf('.')));
            }
        }
        return Double.NaN;
    }

    private static String key(ReturnResults r, Cell c, List<String> dims, org.sdl.data.Dataset d) {
        List<String> parts = new ArrayList<>();
        for (String dim : dims) {
            parts.add(valueText(r, dim, c.dims().getOrDefault(dim, Double.NaN), d));
        }
        return String.join(", ", parts);
    }

    /** A dimension value as Stata labels it: "var=value", a value label, or the outcome's label. */
    static String valueText(ReturnResults r, String dim, double v, org.sdl.data.Dataset d) {
        if (dim.equals("_predict")) {
            String l = r.macros().get("predict" + (int) v + "_label");
            return l != null ? l : "predict " + (int) v;
        }
        if (dim.equals("_deriv")) {
            List<String> xs = Words.split(r.macros().getOrDefault("xvars", ""));
            return (int) v < xs.size() ? xs.get((int) v) : "";
        }
        if (dim.equals("_at") || dim.equals("_atopt")) {
            return "_at=" + HistogramCommand.num(v);
        }
        if (d != null && d.has(dim)) {
            var vl = GraphData.valueLabels(d, dim);
            String t = vl == null ? null : vl.get(v);
            if (t != null) {
                return t;
            }
        }
        return dim + "=" + HistogramCommand.num(v);
    }

    private static String dimTitle(Invocation inv, String dim) {
        var d = inv.session().data();
        if (dim.startsWith("_")) {
            return switch (dim) {
                case "_at", "_atopt" -> "_at";
                case "_predict" -> "Outcome";
                default -> "";
            };
        }
        return d != null && d.has(dim) ? GraphData.title(d, dim) : dim;
    }

    /** "Predictive margins with 95% CIs", "Average marginal effects of age with 95% CIs", ... */
    static String title(ReturnResults r, double level, boolean noci) {
        String t = r.macros().getOrDefault("title", "Predictive margins");
        String xvars = r.macros().get("xvars");
        String terms = r.macros().get("margins");
        if (xvars != null && !xvars.isBlank() && Words.split(xvars).size() == 1) {
            t += " of " + xvars.strip();
        } else if (terms != null && !terms.isBlank()) {
            t += " of " + terms.strip();
        }
        return noci ? t : t + " with " + HistogramCommand.num(level) + "% CIs";
    }

    /** The prediction's label ("Linear prediction", "Pr(y)"), "Effects on ..." for marginal effects. */
    static String yTitle(ReturnResults r) {
        String label = r.macros().get("predict_label");
        if (label == null) {
            String e = r.macros().get("expression");
            label = e == null ? null : e.contains(",") ? e.substring(0, e.lastIndexOf(',')).strip() : e;
        }
        if (label == null) {
            // several outcomes (after ologit/oprobit): "Pr(y==1)" ... titled "Pr(y)"
            String first = r.macros().get("predict1_label");
            label = first == null ? "Pr" : first.replaceAll("==[^)]*\\)", ")");
        }
        String xvars = r.macros().get("xvars");
        if (xvars != null && !xvars.isBlank()) {
            return "Effects on " + label;
        }
        return label;
    }

    /** One plot region: a line with markers and a CI per plot level, in x order. */
    private Plot plot(org.sdl.data.Dataset data, ReturnResults r, List<Cell> cells, String xdim, List<String> plotDims, Scheme scheme,
                      Style st, String xTitle, String yTitle) {
        Map<String, List<Cell>> lines = new LinkedHashMap<>();
        for (Cell c : cells) {
            lines.computeIfAbsent(key(r, c, plotDims, data), k -> new ArrayList<>()).add(c);
        }
        Plot p = new Plot();
        java.util.TreeSet<Double> xs = new java.util.TreeSet<>();
        int i = 0;
        List<Layer> ciLayers = new ArrayList<>();
        List<Layer> lineLayers = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> e : lines.entrySet()) {
            List<Cell> cs = new ArrayList<>(e.getValue());
            int n = cs.size();
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = xdim == null ? k + 1 : cs.get(k).dims().getOrDefault(xdim, Double.NaN);
            }
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
            double[] xx = new double[n];
            double[] b = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            for (int k = 0; k < n; k++) {
                Cell c = cs.get(order[k]);
                xx[k] = x[order[k]];
                b[k] = c.b();
                lo[k] = c.lo();
                hi[k] = c.hi();
                xs.add(xx[k]);
            }
            String key = plotDims.isEmpty() ? null : e.getKey();
            Opts po = new Opts(Opts.parse(st.plotopts()));
            String color = po.get("COLor");
            LineStyle line = PlotStyles.line(po, scheme, i, color);
            MarkerStyle marker = PlotStyles.marker(po, scheme, i, color);
            po.rejectRest("marginsplot plotopts()");
            if (!st.noci()) {
                Opts co = new Opts(Opts.parse(st.ciopts()));
                String cc = co.get("COLor");
                if (st.recastci().equals("rarea")) {
                    FillStyle f = PlotStyles.fill(co, scheme.fill(i), cc != null ? cc : null);
                    if (cc == null) {
                        // Stata's rarea CIs take the plot's colour; made translucent so the lines show through
                        f = new FillStyle(line.color().opacity(35), f.outline().withColor(line.color().opacity(35)));
                    }
                    ciLayers.add(new Layer.Band(xx, lo, hi, f, false, null));
                } else {
                    LineStyle cl = PlotStyles.line(co, line.withPattern(org.sdl.output.graph.LinePattern.SOLID), cc);
                    if (st.recastci().equals("rline")) {
                        ciLayers.add(new Layer.Line(xx, lo, cl, null, null));
                        ciLayers.add(new Layer.Line(xx, hi, cl, null, null));
                    } else {
                        String ms = co.get("MSIZe");
                        double cap = st.recastci().equals("rcap") ? (ms == null ? 2.5 : Opts.number("msize", ms)) : 0;
                        ciLayers.add(new Layer.Spikes(xx, lo, hi, cl, cap, false, null));
                    }
                }
                co.rejectRest("marginsplot ciopts()");
            }
            switch (st.recast()) {
                case "line" -> lineLayers.add(new Layer.Line(xx, b, line, null, key));
                case "scatter" -> lineLayers.add(new Layer.Points(xx, b, marker, key));
                default -> lineLayers.add(new Layer.Line(xx, b, line, marker, key));
            }
            i++;
        }
        // CIs under the lines, as Stata draws them first
        ciLayers.forEach(p::add);
        lineLayers.forEach(p::add);
        if (xs.size() <= 25) {
            List<Tick> ticks = new ArrayList<>();
            for (double v : xs) {
                ticks.add(new Tick(v, null));
            }
            p.x.ticks(ticks);
        }
        p.x.title(xTitle);
        p.y.title(yTitle);
        return p;
    }
}
