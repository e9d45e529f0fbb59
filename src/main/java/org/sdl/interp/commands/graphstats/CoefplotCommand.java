package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.commands.graph.Opts;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.interp.syntax.Words;
import org.sdl.output.StataFormat;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.MarkerStyle;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.Tick;
import org.sdl.stats.EstimationResult;

/**
 * coefplot [namelist] [, keep() drop() levels() noci vertical horizontal nolabels ciopts()
 * mlabel format() offset() msymbol() mcolor() msize() twoway_options] (Ben Jann's community
 * command): the point estimates of stored estimates (names, wildcards, "." or nothing for the
 * active results) as markers with confidence-interval spikes, one plot per model in the scheme's
 * p1, p2, ... styles, coefficients as rows from the top (horizontal, the default) or as columns
 * (vertical). As coefplot: the first equation of e(b) (no "/cut" ancillary parameters), omitted
 * and base-level coefficients left out, _cons kept unless dropped, CIs b ± q·se with q from
 * t(e(df_r)) when the model has residual degrees of freedom, else the normal; rows labelled by
 * variable labels ({@code nolabels}: names); models offset around each row, a legend with two or
 * more models.
 */
public final class CoefplotCommand extends Command {
    public CoefplotCommand() {
        super("coefplot", 8, null);
    }

    /** One coefficient row of one model. */
    record Coef(String name, double b, double se, double df) {}

    /** One model: its name (legend key) and the coefficients kept. */
    record Model(String name, List<Coef> coefs) {}

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        int comma = Words.optionsComma(text);
        String names = comma < 0 ? text : text.substring(0, comma);
        String rest = comma < 0 ? "" : text.substring(comma + 1);
        Session s = inv.session();
        List<Map.Entry<String, EstimationResult>> models = models(s, names);
        List<Pattern> keep = null;
        List<Pattern> drop = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        boolean noci = false;
        boolean vertical = false;
        boolean labels = true;
        boolean mlabel = false;
        String format = "%9.0g";
        String ciopts = "";
        double offset = Double.NaN;
        StringBuilder common = new StringBuilder();
        StringBuilder markerOpts = new StringBuilder();
        for (GraphStatOutput.Option o : GraphStatOutput.options(rest)) {
            String n = o.name();
            if (n.equals("keep")) {
                keep = patterns(o.arg());
            } else if (n.equals("drop")) {
                drop.addAll(patterns(o.arg()));
            } else if (Opts.matches(n, "LEVels")) {
                for (double l : org.sdl.interp.syntax.Numlist.expand(o.arg())) {
                    if (l < 10 || l > 99.99) {
                        throw new SdlError(198, "levels(): level must be between 10 and 99.99");
                    }
                    levels.add(l);
                }
            } else if (n.equals("noci")) {
                noci = true;
            } else if (Opts.matches(n, "VERTical")) {
                vertical = true;
            } else if (Opts.matches(n, "HORizontal")) {
                vertical = false;
            } else if (Opts.matches(n, "NOLABels")) {
                labels = false;
            } else if (Opts.matches(n, "CIOPts")) {
                ciopts += " " + o.arg();
            } else if (Opts.matches(n, "MLabel")) {
                if (!o.arg().isBlank()) {
                    throw new SdlError(198, "mlabel(): sdl's coefplot labels markers with the estimates only (mlabel without an argument)");
                }
                mlabel = true;
            } else if (Opts.matches(n, "FORmat")) {
                format = o.arg().strip();
                if (!StataFormat.isValid(format)) {
                    throw new SdlError(198, "option format(): invalid format " + format);
                }
            } else if (n.equals("offset")) {
                offset = Opts.number("offset", o.arg());
            } else if (Opts.matches(n, "MSymbol") || Opts.matches(n, "MColor") || Opts.matches(n, "MSIZe")
                || Opts.matches(n, "MFColor") || Opts.matches(n, "MLColor") || n.equals("color")) {
                markerOpts.append(' ').append(n).append('(').append(o.arg()).append(')');
            } else {
                common.append(" ").append(n).append(o.arg().isEmpty() ? "" : "(" + o.arg() + ")");
            }
        }
        if (levels.isEmpty()) {
            levels.add(s.settings().level());
        }
        Dataset d = s.data();
        List<Model> kept = new ArrayList<>();
        // rows in order of first appearance over the models
        Map<String, Integer> row = new LinkedHashMap<>();
        for (Map.Entry<String, EstimationResult> m : models) {
            List<Coef> cs = coefficients(m.getValue(), keep, drop);
            for (Coef c : cs) {
                row.putIfAbsent(c.name(), row.size());
            }
            kept.add(new Model(m.getKey(), cs));
        }
        if (row.isEmpty()) {
            throw new SdlError(2000, "coefplot: no coefficients to plot (check keep() and drop())");
        }
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, common.toString());
        Scheme scheme = ctx.scheme();
        int k = row.size();
        int m = kept.size();
        double step = Double.isNaN(offset) ? (m > 1 ? Math.min(0.2, 0.8 / m) : 0) : offset;
        Plot p = new Plot();
        for (int j = 0; j < m; j++) {
            Model model = kept.get(j);
            int nc = model.coefs().size();
            double[] pos = new double[nc];
            double[] b = new double[nc];
            String[] mlabels = mlabel ? new String[nc] : null;
            double shift = (j - (m - 1) / 2.0) * step;
            for (int i = 0; i < nc; i++) {
                Coef c = model.coefs().get(i);
                int r = row.get(c.name());
                // horizontal: the first row at the top
                pos[i] = vertical ? r + 1 + shift : k - r - shift;
                b[i] = c.b();
                if (mlabels != null) {
                    mlabels[i] = StataFormat.parse(format).format(c.b()).strip();
                }
            }
            LineStyle ciBase = PlotStyles.line(new Opts(List.of()), scheme, j, null);
            if (!noci) {
                // wider levels first, thinner lines (coefplot draws several levels with decreasing widths)
                List<Double> sorted = new ArrayList<>(levels);
                sorted.sort((x, y) -> Double.compare(y, x));
                for (int l = 0; l < sorted.size(); l++) {
                    double level = sorted.get(l);
                    double[] lo = new double[nc];
                    double[] hi = new double[nc];
                    for (int i = 0; i < nc; i++) {
                        Coef c = model.coefs().get(i);
                        double q = quantile(level, c.df());
                        lo[i] = c.b() - q * c.se();
                        hi[i] = c.b() + q * c.se();
                    }
                    LineStyle ls = ciBase.withWidth(ciBase.width() * (1 + 1.5 * l));
                    Opts co = new Opts(Opts.parse(ciopts));
                    boolean caps = false;
                    String recast = co.get("RECast");
                    if (recast != null) {
                        switch (recast.strip()) {
                            case "rcap" -> caps = true;
                            case "rspike" -> caps = false;
                            default -> throw new SdlError(198, "ciopts(recast(" + recast.strip() + ")): rspike or rcap");
                        }
                    }
                    ls = PlotStyles.line(co, ls, co.get("COLor"));
                    co.rejectRest("coefplot ciopts()");
                    p.add(vertical ? new Layer.Spikes(pos, lo, hi, ls, caps ? 2.5 : 0, false, null)
                        : new Layer.Spikes(pos, lo, hi, ls, caps ? 2.5 : 0, true, null));
                }
            }
            Opts mo = new Opts(Opts.parse(markerOpts.toString()));
            MarkerStyle ms = PlotStyles.marker(mo, scheme, j, mo.get("color"));
            mo.rejectRest("coefplot");
            String key = model.name();
            p.add(vertical ? new Layer.Points(pos, b, ms, mlabels, key) : new Layer.Points(b, pos, ms, mlabels, key));
        }
        List<Tick> ticks = new ArrayList<>();
        for (Map.Entry<String, Integer> e : row.entrySet()) {
            int r = e.getValue();
            String label = labels ? label(d, e.getKey()) : e.getKey();
            ticks.add(new Tick(vertical ? r + 1 : k - r, label));
        }
        var cat = vertical ? p.x : p.y;
        var value = vertical ? p.y : p.x;
        cat.ticks(ticks);
        cat.grid = true;
        cat.labelAngle = vertical ? Double.NaN : 0;
        cat.rangeMin = 0.5;
        cat.rangeMax = k + 0.5;
        value.grid = false;
        Graph g = Graph.of(p);
        g.legend.show = m > 1;
        GraphStatOutput.finish(inv, g, ctx, "coefplot");
    }

    /** The t quantile with df > 0 degrees of freedom, else the normal's. */
    static double quantile(double level, double df) {
        double pr = 1 - (1 - level / 100) / 2;
        if (df > 0 && df < 1e300) {
            return new TDistribution(null, df, 1e-15).inverseCumulativeProbability(pr);
        }
        return new NormalDistribution(null, 0, 1, 1e-15).inverseCumulativeProbability(pr);
    }

    private static List<Pattern> patterns(String arg) {
        List<Pattern> out = new ArrayList<>();
        for (String w : Words.split(arg)) {
            out.add(VariableMatcher.wildcard(w));
        }
        return out;
    }

    private static boolean any(List<Pattern> ps, String name) {
        for (Pattern p : ps) {
            if (p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The first equation's coefficients, without omitted or base levels, filtered by keep()/drop(). */
    static List<Coef> coefficients(EstimationResult e, List<Pattern> keep, List<Pattern> drop) {
        List<Coef> out = new ArrayList<>();
        double df = e.scalars().getOrDefault("df_r", Double.NaN);
        String firstEq = null;
        for (int j = 0; j < e.k(); j++) {
            String name = e.names().get(j);
            if (name.startsWith("/")) {
                continue;   // ancillary parameters (cutpoints, /sigma) are other equations
            }
            int colon = name.indexOf(':');
            if (colon > 0) {
                String eq = name.substring(0, colon);
                if (firstEq == null) {
                    firstEq = eq;
                }
                if (!eq.equals(firstEq)) {
                    continue;
                }
                name = name.substring(colon + 1);
            }
            if (e.omitted(j) || name.matches("^\\d+b\\..*|.*#\\d+b\\..*|^\\d+o\\..*")) {
                continue;
            }
            if (keep != null && !any(keep, name)) {
                continue;
            }
            if (any(drop, name)) {
                continue;
            }
            double v = e.v(j, j);
            out.add(new Coef(name, e.b(j), v > 0 ? Math.sqrt(v) : Double.NaN, df));
        }
        return out;
    }

    /** The variable label of a plain variable, "label: value label" of a factor level, else the name. */
    static String label(Dataset d, String name) {
        if (name.equals("_cons")) {
            return "_cons";
        }
        if (name.contains("#")) {
            // an interaction: its parts' labels joined as coefplot does
            List<String> parts = new ArrayList<>();
            for (String part : name.split("#")) {
                parts.add(label(d, part.startsWith("c.") ? part.substring(2) : part));
            }
            return String.join(" # ", parts);
        }
        if (name.startsWith("c.")) {
            name = name.substring(2);
        }
        if (d != null && d.has(name)) {
            return GraphData.title(d, name);
        }
        java.util.regex.Matcher fv = Pattern.compile("^(\\d+)\\.([A-Za-z_][A-Za-z0-9_]*)$").matcher(name);
        if (d != null && fv.matches() && d.has(fv.group(2))) {
            var vl = GraphData.valueLabels(d, fv.group(2));
            String t = vl == null ? null : vl.get(Double.parseDouble(fv.group(1)));
            return t != null ? t : GraphData.title(d, fv.group(2)) + "=" + fv.group(1);
        }
        return name;
    }

    private static List<Map.Entry<String, EstimationResult>> models(Session s, String text) {
        List<Map.Entry<String, EstimationResult>> out = new ArrayList<>();
        List<String> ws = Words.split(text);
        if (ws.isEmpty()) {
            out.add(Map.entry(".", s.requireE()));
            return out;
        }
        for (String n : ws) {
            if (n.startsWith("(")) {
                throw new SdlError(198, "coefplot: sdl takes model names without parentheses (plot options per model are not supported)");
            }
            if (n.equals(".")) {
                out.add(Map.entry(".", s.requireE()));
            } else if (n.contains("*") || n.contains("?")) {
                Pattern p = VariableMatcher.wildcard(n);
                int before = out.size();
                s.storedEstimates().forEach((k, v) -> {
                    if (p.matcher(k).matches()) {
                        out.add(Map.entry(k, v));
                    }
                });
                if (out.size() == before) {
                    throw new SdlError(111, "estimation result " + n + " not found");
                }
            } else {
                EstimationResult e = s.storedEstimates().get(n);
                if (e == null) {
                    throw new SdlError(111, "estimation result " + n + " not found");
                }
                out.add(Map.entry(n, e));
            }
        }
        return out;
    }
}
