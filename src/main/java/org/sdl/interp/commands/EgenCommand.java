package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Grouping;
import org.sdl.data.GroupedValues;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;
import org.sdl.stats.descriptive.Percentiles;

/**
 * egen [type] newvar = fcn(arguments) [if] [in] [, by(varlist) options]: group statistics
 * (mean sd total count min max median pctile iqr std rank), row functions (rowtotal rowmean
 * rowmiss rownonmiss rowmax rowmin rowsd), group, tag, cut and xtile.
 */
public final class EgenCommand extends Command {
    private static final SyntaxSpec REST = SyntaxSpec.parse("[anything] [if] [in] [, by(varlist) p(real 50) "
        + "Missing GRoup(integer 0) at(string) ICodes NQ(integer 0) Field Track Unique PUNCT(string) DECode MAXLength(integer 2045) "
        + "MINMode MAXMode VALues(string) FROM(integer 1)]");

    public EgenCommand() {
        super("egen", 3, null);
    }

    @Override
    public Command.ByMode byMode() {
        return Command.ByMode.ONECALL;
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text();
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new SdlError(198, "egen: syntax is egen newvar = fcn(arguments)");
        }
        List<String> head = Words.split(t.substring(0, eq));
        String name = head.get(head.size() - 1);
        StorageType type = head.size() > 1 ? StorageType.parse(head.get(0)) : null;
        String rhs = t.substring(eq + 1).strip();
        int open = rhs.indexOf('(');
        if (open < 0) {
            throw new SdlError(198, "egen: function required (egen newvar = fcn(arguments))");
        }
        String fcn = rhs.substring(0, open).strip();
        int close = matching(rhs, open);
        String args = rhs.substring(open + 1, close).strip();
        String rest = rhs.substring(close + 1);
        CommandCall call = Parser.command(inv.line().withText("egen " + rest));
        BoundArgs b = new Binder(inv.session()).bind(call, REST, "egen");
        Dataset d = inv.session().data();
        GenerateCommand.checkNewName(d, name);
        boolean[] use = b.touse();
        List<String> byVars = new ArrayList<>();
        if (inv.by() != null) {
            byVars.addAll(inv.by().vars());
        }
        if (b.string("by") != null) {
            byVars.addAll(Words.split(b.string("by")));
        }
        if (fcn.equals("concat")) {
            StringColumn c = concat(inv, d, name, args, use, b);
            rejectUnread(b, fcn);
            d.add(c);
            return;
        }
        double[] out = new EgenFunctions(inv, d, use, byVars, b).compute(fcn, args);
        rejectUnread(b, fcn);
        NumericColumn col = new DoubleColumn(name, out);
        StorageType want = type != null ? type : integral(out) ? StorageType.LONG : inv.session().settings().defaultNumericType();
        if (fcn.equals("group") || fcn.equals("tag") || fcn.startsWith("row") && fcn.endsWith("miss")) {
            want = type != null ? type : StorageType.LONG;
        }
        if (want == StorageType.LONG) {
            want = StorageType.BYTE;
            for (double x : out) {
                while (!want.holds(x)) {
                    want = want.promoteFor(x);
                }
            }
        }
        d.add(want == StorageType.DOUBLE ? col : col.convertTo(want));
        int missing = 0;
        for (double x : out) {
            if (Missing.isMissing(x)) {
                missing++;
            }
        }
        if (missing > 0) {
            inv.out().println("(" + missing + " missing value" + (missing > 1 ? "s" : "") + " generated)");
        }
    }

    /**
     * egen's options belong to particular functions (nq() to xtile(), punct() to concat(), ...):
     * one the chosen function did not read would be silently ignored, so it is r(198), before
     * the new variable is added.
     */
    private static void rejectUnread(BoundArgs b, String fcn) {
        List<String> unread = b.unconsulted();
        if (!unread.isEmpty()) {
            throw new SdlError(198, "option " + unread.get(0) + " not allowed with egen " + fcn + "()");
        }
    }

    /**
     * concat(varlist) [, punct(text) decode maxlength(#)]: the variables' values side by side as
     * a string (numbers as %12.0g would show them, or their value labels with decode; missing
     * numbers as "."), separated by punct(); rows outside if/in are "".
     */
    private static StringColumn concat(Invocation inv, Dataset d, String name, String args, boolean[] use, BoundArgs b) {
        VariableMatcher vm = new VariableMatcher(d);
        List<String> vars = new ArrayList<>();
        for (String w : Words.split(args)) {
            vars.addAll(vm.expand(w));
        }
        String punct = b.string("punct", "");
        boolean decode = b.flag("decode");
        int max = b.integer("maxlength", StringColumn.MAX_STR);
        org.sdl.output.StataFormat g = org.sdl.output.StataFormat.parse("%12.0g");
        String[] out = new String[d.nObs()];
        for (int i = 0; i < out.length; i++) {
            if (!use[i]) {
                out[i] = "";
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < vars.size(); k++) {
                if (k > 0) {
                    sb.append(punct);
                }
                org.sdl.data.Column c = d.column(vars.get(k));
                if (c instanceof StringColumn s) {
                    sb.append(s.get(i));
                } else {
                    NumericColumn nc = (NumericColumn) c;
                    double v = nc.get(i);
                    String lab = null;
                    if (decode && nc.valueLabel() != null && d.valueLabels().get(nc.valueLabel()) != null) {
                        lab = d.valueLabels().get(nc.valueLabel()).get(v);
                    }
                    sb.append(lab != null ? lab : g.formatBare(v).strip());
                }
            }
            String v = sb.toString();
            out[i] = v.length() > max ? v.substring(0, max) : v;
        }
        return new StringColumn(name, out, false);
    }

    private static boolean integral(double[] out) {
        for (double x : out) {
            if (!Missing.isMissing(x) && x != Math.rint(x)) {
                return false;
            }
        }
        return true;
    }

    static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new SdlError(198, "egen: unbalanced parentheses");
    }

    /** The functions, evaluated over groups of the selected rows. */
    private static final class EgenFunctions {
        private final Invocation inv;
        private final Dataset d;
        private final boolean[] use;
        private final List<String> by;
        private final BoundArgs b;

        EgenFunctions(Invocation inv, Dataset d, boolean[] use, List<String> by, BoundArgs b) {
            this.inv = inv;
            this.d = d;
            this.use = use;
            this.by = by;
            this.b = b;
        }

        double[] compute(String fcn, String args) {
            switch (fcn) {
                case "mean": case "sd": case "total": case "sum": case "count": case "min": case "max":
                case "median": case "pctile": case "iqr": case "std": case "rank": case "mad": case "mdev":
                case "mode":
                    return groupStat(fcn, expression(args));
                case "seq": return seq();
                case "rowtotal": case "rowmean": case "rowmiss": case "rownonmiss": case "rowmax": case "rowmin":
                case "rowsd": case "rowfirst": case "rowlast": case "anycount": case "anymatch":
                    return row(fcn, vars(args));
                case "group": return group(vars(args), false);
                case "tag": return group(vars(args), true);
                case "cut": return cut(expression(args));
                case "xtile": return xtile(expression(args));
                default:
                    throw new SdlError(133, "unknown egen function " + fcn + "()");
            }
        }

        private double[] expression(String args) {
            Node n = ExprCompiler.compile(Parser.expression(inv.line().withText(args)), inv.session(),
                EvalContext.whole(d.nObs()));
            if (n.isString()) {
                throw new SdlError(109, "type mismatch: egen function needs a numeric expression");
            }
            double[] v = new double[d.nObs()];
            for (int i = 0; i < v.length; i++) {
                v[i] = n.num(i);
            }
            return v;
        }

        private List<String> vars(String args) {
            VariableMatcher vm = new VariableMatcher(d);
            List<String> out = new ArrayList<>();
            for (String w : Words.split(args)) {
                out.addAll(vm.expand(w));
            }
            return out;
        }

        /** Number of groups found by the last groups() call. */
        private int groupCount;

        private int[] groups() {
            if (by.isEmpty()) {
                int[] g = new int[d.nObs()];
                for (int i = 0; i < g.length; i++) {
                    g[i] = use[i] ? 0 : -1;
                }
                groupCount = g.length > 0 ? 1 : 0;
                return g;
            }
            Grouping grouping = Grouping.of(d, by, use);
            groupCount = grouping.count();
            return grouping.ids();
        }

        private double[] groupStat(String fcn, double[] x) {
            int[] g = groups();
            int groups = groupCount;
            switch (fcn) {
                case "median": case "pctile": case "iqr": case "rank": case "mode":
                    return orderStat(fcn, x, g, groups);
                default:
                    return GroupMoments.of(x, g, groups, fcn.equals("sd") || fcn.equals("std"),
                        fcn.equals("min") || fcn.equals("max")).perRow(fcn, x, g);
            }
        }

        /** Statistics that need each group's values sorted (one grouped sorted array). */
        private double[] orderStat(String fcn, double[] x, int[] g, int groups) {
            int n = x.length;
            GroupedValues gv = GroupedValues.of(x, g, groups);
            double[] v = gv.values();
            double[] stat = new double[groups];
            for (int k = 0; k < groups; k++) {
                int from = gv.start(k);
                int to = gv.end(k);
                int m = to - from;
                switch (fcn) {
                    case "median": stat[k] = m == 0 ? Missing.DOT : Percentiles.sorted(v, from, to, 50); break;
                    case "pctile": stat[k] = m == 0 ? Missing.DOT : Percentiles.sorted(v, from, to, b.real("p", 50)); break;
                    case "iqr": stat[k] = m == 0 ? Missing.DOT
                        : Percentiles.sorted(v, from, to, 75) - Percentiles.sorted(v, from, to, 25); break;
                    case "mode": stat[k] = m == 0 ? Missing.DOT : mode(v, from, to); break;
                    default: stat[k] = 0;
                }
            }
            double[] out = new double[n];
            int[] tiesSeen = fcn.equals("rank") && b.flag("unique") ? new int[v.length] : null;
            for (int i = 0; i < n; i++) {
                int k = g[i];
                if (k < 0) {
                    out[i] = Missing.DOT;
                } else if (fcn.equals("rank")) {
                    out[i] = Missing.isMissing(x[i]) ? Missing.DOT : rank(gv, k, x[i], tiesSeen);
                } else {
                    out[i] = stat[k];
                }
            }
            return out;
        }

        /**
         * Rank of x within group k: mean rank for ties (default), 1 for the highest value
         * (field), 1 for the lowest with ties sharing the lowest rank (track), or ranks 1..n
         * with ties broken by data order (unique).
         */
        private double rank(GroupedValues gv, int k, double x, int[] tiesSeen) {
            int lo = gv.lowerBound(k, x);
            int hi = gv.upperBound(k, x);
            if (b.flag("field")) {
                return gv.end(k) - hi + 1;
            }
            if (b.flag("track")) {
                return lo - gv.start(k) + 1;
            }
            if (tiesSeen != null) {
                return lo - gv.start(k) + 1 + tiesSeen[lo]++;
            }
            return lo - gv.start(k) + (hi - lo + 1) / 2.0;
        }

        /**
         * The most frequent value of a sorted group; with several, missing unless minmode or
         * maxmode picks the smallest or largest (Stata's rule).
         */
        private double mode(double[] v, int from, int to) {
            double best = Missing.DOT;
            int bestCount = 0;
            boolean tie = false;
            for (int i = from; i < to; ) {
                int j = i;
                while (j < to && v[j] == v[i]) {
                    j++;
                }
                int count = j - i;
                if (count > bestCount) {
                    best = v[i];
                    bestCount = count;
                    tie = false;
                } else if (count == bestCount) {
                    tie = true;
                    if (b.flag("maxmode")) {
                        best = v[i];
                    }
                }
                i = j;
            }
            return tie && !b.flag("minmode") && !b.flag("maxmode") ? Missing.DOT : best;
        }

        /** seq(): 1, 2, … within each by-group, in data order (from(#) to start elsewhere). */
        private double[] seq() {
            int[] g = groups();
            int[] next = new int[Math.max(1, groupCount)];
            int from = b.integer("from", 1);
            java.util.Arrays.fill(next, from);
            double[] out = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                out[i] = g[i] < 0 ? Missing.DOT : next[g[i]]++;
            }
            return out;
        }

        private double[] row(String fcn, List<String> vars) {
            int n = d.nObs();
            double[] values = null;
            if (fcn.equals("anycount") || fcn.equals("anymatch")) {
                if (b.string("values") == null) {
                    throw new SdlError(198, "egen " + fcn + "(): option values() required");
                }
                values = org.sdl.interp.syntax.Numlist.expand(b.string("values")).stream()
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                if (!use[i]) {
                    out[i] = Missing.DOT;
                    continue;
                }
                double sum = 0;
                double sum2 = 0;
                int nonmiss = 0;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double first = Missing.DOT;
                double last = Missing.DOT;
                int matches = 0;
                for (String v : vars) {
                    double x;
                    if (d.column(v) instanceof StringColumn s) {
                        x = s.get(i).isEmpty() ? Missing.DOT : 0;
                    } else {
                        x = ((NumericColumn) d.column(v)).get(i);
                    }
                    if (values != null && Arrays.binarySearch(values, x) >= 0) {
                        matches++;
                    }
                    if (Missing.isMissing(x)) {
                        continue;
                    }
                    if (nonmiss == 0) {
                        first = x;
                    }
                    last = x;
                    nonmiss++;
                    sum += x;
                    sum2 += x * x;
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                switch (fcn) {
                    case "rowtotal": out[i] = nonmiss == 0 && b.flag("missing") ? Missing.DOT : sum; break;
                    case "rowmean": out[i] = nonmiss == 0 ? Missing.DOT : sum / nonmiss; break;
                    case "rowmiss": out[i] = vars.size() - nonmiss; break;
                    case "rownonmiss": out[i] = nonmiss; break;
                    case "rowmax": out[i] = nonmiss == 0 ? Missing.DOT : max; break;
                    case "rowmin": out[i] = nonmiss == 0 ? Missing.DOT : min; break;
                    case "rowfirst": out[i] = first; break;
                    case "rowlast": out[i] = last; break;
                    case "anycount": out[i] = matches; break;
                    case "anymatch": out[i] = matches > 0 ? 1 : 0; break;
                    default:
                        out[i] = nonmiss < 2 ? Missing.DOT : Math.sqrt((sum2 - sum * sum / nonmiss) / (nonmiss - 1));
                }
            }
            return out;
        }

        private double[] group(List<String> vars, boolean tag) {
            int n = d.nObs();
            boolean[] sel = use.clone();
            if (!b.flag("missing")) {
                for (int i = 0; i < n; i++) {
                    for (String v : vars) {
                        if (d.column(v) instanceof NumericColumn nc ? Missing.isMissing(nc.get(i))
                            : ((StringColumn) d.column(v)).get(i).isEmpty()) {
                            sel[i] = false;
                        }
                    }
                }
            }
            Grouping g = Grouping.of(d, vars, sel);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                if (tag) {
                    out[i] = g.id(i) >= 0 && g.firstRowInDataOrder(i) ? 1 : 0;
                } else {
                    out[i] = g.id(i) < 0 ? Missing.DOT : g.id(i) + 1;
                }
            }
            return out;
        }

        private double[] cut(double[] x) {
            int n = x.length;
            double[] out = new double[n];
            double[] cuts;
            if (b.string("at") != null) {
                cuts = org.sdl.interp.syntax.Numlist.expand(b.string("at").replace(",", " ")).stream()
                    .mapToDouble(Double::doubleValue).toArray();
                for (int i = 0; i < n; i++) {
                    out[i] = Missing.DOT;
                    if (!use[i] || Missing.isMissing(x[i])) {
                        continue;
                    }
                    for (int k = 0; k + 1 < cuts.length; k++) {
                        if (x[i] >= cuts[k] && x[i] < cuts[k + 1]) {
                            out[i] = b.flag("icodes") ? k : cuts[k];
                        }
                    }
                }
                return out;
            }
            int groups = b.integer("group", 0);
            if (groups <= 0) {
                throw new SdlError(198, "egen cut(): at() or group() required");
            }
            double[] sorted = Arrays.stream(x).filter(v -> !Missing.isMissing(v)).sorted().toArray();
            cuts = new double[groups - 1];
            for (int k = 1; k < groups; k++) {
                cuts[k - 1] = sorted[(int) Math.floor((double) k * sorted.length / groups)];
            }
            for (int i = 0; i < n; i++) {
                out[i] = !use[i] || Missing.isMissing(x[i]) ? Missing.DOT : 0;
                if (Missing.isMissing(out[i])) {
                    continue;
                }
                for (double c : cuts) {
                    if (x[i] >= c) {
                        out[i]++;
                    }
                }
            }
            return out;
        }

        private double[] xtile(double[] x) {
            int nq = b.integer("nq", 0);
            if (nq < 2) {
                throw new SdlError(198, "egen xtile(): nq(#) required");
            }
            int[] g = groups();
            int groups = Arrays.stream(g).max().orElse(-1) + 1;
            return XtileCommand.categories(x, g, groups, nq);
        }
    }
}
