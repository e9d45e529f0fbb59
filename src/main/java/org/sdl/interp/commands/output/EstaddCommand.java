package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.stats.EstimationResult;

/**
 * estadd scalar name = exp | local name text | matrix name [= matname] | ysumm [: names]:
 * adds results to the active estimates, or with ": names" to stored sets (wildcards allowed).
 * An expression is evaluated with each set active, so e(N) means that set's N. Changing the
 * active results also changes a stored set that holds the same results (after eststo or
 * estimates store), as in Stata, where esttab reads the active copy of a stored set.
 */
public final class EstaddCommand extends Command {
    public EstaddCommand() {
        super("estadd", 6, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text();
        int colon = topColon(text);
        String body = colon < 0 ? text : text.substring(0, colon);
        List<String> names = colon < 0 ? List.of() : Words.split(text.substring(colon + 1));
        Session s = inv.session();
        List<String> targets = new ArrayList<>();
        if (names.isEmpty()) {
            s.requireE();
            targets.add(".");
        } else {
            for (Map.Entry<String, EstimationResult> m : EsttabCommand.models(s, names)) {
                targets.add(m.getKey());
            }
        }
        int comma = Words.optionsComma(body);
        String main = (comma < 0 ? body : body.substring(0, comma)).strip();
        String opts = comma < 0 ? "" : body.substring(comma + 1);
        String sub = main.split("\\s+", 2)[0];
        String rest = main.substring(sub.length()).strip();
        EstimationResult active = s.e();
        try {
            for (String t : targets) {
                EstimationResult before = t.equals(".") ? active : s.storedEstimates().get(t);
                s.setE(before);
                EstimationResult after = apply(inv, s, sub, rest, opts, before);
                for (Map.Entry<String, EstimationResult> st : s.storedEstimates().entrySet()) {
                    if (st.getValue() == before) {
                        st.setValue(after);
                    }
                }
                if (before == active) {
                    active = after;
                }
            }
        } finally {
            s.setE(active);
        }
    }

    private EstimationResult apply(Invocation inv, Session s, String sub, String rest, String opts, EstimationResult e) {
        OptionText o;
        EstimationResult.Builder b = e.toBuilder();
        switch (sub) {
            case "scalar": case "sca": case "scal": case "scala": {
                o = OptionText.parse("estadd scalar", opts, List.of("Replace"));
                int eq = rest.indexOf('=');
                String name = (eq < 0 ? rest.split("\\s+", 2)[0] : rest.substring(0, eq)).strip();
                String exp = eq < 0 ? rest.substring(name.length()).strip() : rest.substring(eq + 1).strip();
                checkName(name, e, o.has("replace"));
                if (exp.isEmpty()) {
                    throw new SdlError(198, "estadd scalar: = exp required");
                }
                Value v = ExprCompiler.evaluate(Parser.expression(inv.textLine(exp)), s);
                if (v.isString()) {
                    throw new SdlError(109, "estadd scalar: type mismatch (" + exp + " is a string)");
                }
                double x = v.number();
                b.scalar(name, Double.isNaN(x) || Double.isInfinite(x) ? Missing.DOT : x);
                inv.out().println(String.format("%n added scalar:%n%16s =  %s", "e(" + name + ")",
                    org.sdl.output.StataFormat.displayDefault(x)));
                return b.build();
            }
            case "local": case "loc": case "loca": {
                o = OptionText.parse("estadd local", opts, List.of("Replace"));
                String name = rest.split("\\s+", 2)[0];
                String value = Words.unquote(rest.substring(name.length()).strip());
                checkName(name, e, o.has("replace"));
                b.macro(name, value);
                inv.out().println(String.format("%n added macro:%n%16s : \"%s\"", "e(" + name + ")", value));
                return b.build();
            }
            case "matrix": case "mat": case "matr": case "matri": {
                o = OptionText.parse("estadd matrix", opts, List.of("Replace"));
                int eq = rest.indexOf('=');
                String name = (eq < 0 ? rest : rest.substring(0, eq)).strip();
                String src = eq < 0 ? name : rest.substring(eq + 1).strip();
                checkName(name, e, o.has("replace"));
                Matrix m = s.matrix(src);
                if (m == null) {
                    throw new SdlError(111, "matrix " + src + " not found");
                }
                b.result("matrix:" + name, m);
                inv.out().println(String.format("%n added matrix:%n%16s : %d x %d", "e(" + name + ")", m.rows(), m.cols()));
                return b.build();
            }
            case "ysumm":
                OptionText.parse("estadd ysumm", opts, List.of("Replace"));
                return ysumm(s.data(), e, b, inv);
            default:
                throw new SdlError(198, "estadd: subcommand " + sub + " not supported (scalar, local, matrix, ysumm)");
        }
    }

    private static void checkName(String name, EstimationResult e, boolean replace) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
            throw new SdlError(198, "estadd: " + name + " invalid name");
        }
        if (!replace && (e.scalars().containsKey(name) || e.macros().containsKey(name)
            || e.results().containsKey("matrix:" + name) || name.equals("b") || name.equals("V"))) {
            throw new SdlError(110, "e(" + name + ") already defined (use replace)");
        }
    }

    /** e(ymean), e(ysd), e(ymin), e(ymax) of the dependent variable over e(sample). */
    private static EstimationResult ysumm(Dataset d, EstimationResult e, EstimationResult.Builder b, Invocation inv) {
        String dep = e.depvar() == null ? "" : e.depvar().split("\\s+")[0];
        if (d == null || !d.has(dep) || !(d.column(dep) instanceof NumericColumn c)) {
            throw new SdlError(111, "estadd ysumm: dependent variable " + dep + " not found");
        }
        boolean[] sample = e.sample();
        double sum = 0;
        double sq = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long n = 0;
        for (int i = 0; i < d.nObs(); i++) {
            double v = c.get(i);
            if ((sample != null && (i >= sample.length || !sample[i])) || Missing.isMissing(v)) {
                continue;
            }
            sum += v;
            sq += v * v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            n++;
        }
        double mean = n == 0 ? Missing.DOT : sum / n;
        double sd = n < 2 ? Missing.DOT : Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
        b.scalar("ymean", mean).scalar("ysd", sd).scalar("ymin", n == 0 ? Missing.DOT : min)
            .scalar("ymax", n == 0 ? Missing.DOT : max);
        inv.out().println();
        inv.out().println("added scalars:");
        for (String[] r : new String[][] {{"ymean", String.valueOf(mean)}, {"ysd", String.valueOf(sd)},
            {"ymin", String.valueOf(min)}, {"ymax", String.valueOf(max)}}) {
            inv.out().println(String.format("%16s =  %s", "e(" + r[0] + ")",
                org.sdl.output.StataFormat.displayDefault(Double.parseDouble(r[1]))));
        }
        return b.build();
    }

    /** The last colon outside quotes and parentheses (estadd ...: names), or -1. */
    static int topColon(String s) {
        int depth = 0;
        boolean quoted = false;
        int at = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
            } else if (!quoted && depth == 0 && ch == ':') {
                at = i;
            }
        }
        return at;
    }
}
