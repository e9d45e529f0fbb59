package org.sdl.interp.expr;

import java.time.LocalDate;
import java.util.List;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;

/**
 * Functions with their own missing-value rules (cond, inlist, missing, min, max, running sum),
 * random draws from the session stream, and daily dates (days since 01jan1960).
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final LocalDate EPOCH = LocalDate.of(1960, 1, 1);

    static Node make(String name, List<Node> a, FunctionCompiler fc, ExprEnv env, EvalContext ctx) {
        switch (name) {
            case "cond": return cond(a, fc);
            case "irecode": return intervals(a, fc, true);
            case "recode": return intervals(a, fc, false);
            case "autocode": return autocode(a, fc);
            case "inlist": return inlist(a, fc);
            case "inrange":
                fc.arity(3, 3);
                sameType(a, fc);
                if (a.get(0).isString()) {
                    return Nodes.num(r -> {
                        String z = a.get(0).str(r);
                        return Nodes.bool(z.compareTo(a.get(1).str(r)) >= 0 && z.compareTo(a.get(2).str(r)) <= 0);
                    });
                }
                return Nodes.num(r -> {
                    double z = a.get(0).num(r);
                    double lo = a.get(1).num(r);
                    double hi = a.get(2).num(r);
                    if (Missing.isMissing(z)) {
                        return Nodes.bool(Missing.isMissing(hi) && (Missing.isMissing(lo) || z >= lo));
                    }
                    return Nodes.bool((Missing.isMissing(lo) || z >= lo) && (Missing.isMissing(hi) || z <= hi));
                });
            case "missing": case "mi":
                if (a.isEmpty()) {
                    fc.arity(1, 99);
                }
                return Nodes.num(r -> {
                    for (Node n : a) {
                        if (n.isString() ? n.str(r).isEmpty() : Missing.isMissing(n.num(r))) {
                            return 1;
                        }
                    }
                    return 0;
                });
            case "max": case "min": return minMax(name.equals("max"), a, fc);
            case "sum": return runningSum(a, fc, ctx);
            case "runiform":
                fc.arity(0, 2);
                if (a.size() == 2) {
                    return Nodes.num(r -> a.get(0).num(r) + (a.get(1).num(r) - a.get(0).num(r)) * env.nextUniform());
                }
                return Nodes.num(r -> env.nextUniform());
            case "runiformint":
                fc.arity(2, 2);
                return Nodes.num(r -> {
                    double lo = a.get(0).num(r);
                    double hi = a.get(1).num(r);
                    return lo + Math.floor((hi - lo + 1) * env.nextUniform());
                });
            case "rnormal":
                fc.arity(0, 2);
                if (a.isEmpty()) {
                    return Nodes.num(r -> env.nextGaussian());
                }
                Node mu = a.get(0);
                Node sd = a.size() > 1 ? a.get(1) : fc.constant(1);
                return Nodes.num(r -> mu.num(r) + sd.num(r) * env.nextGaussian());
            case "rbinomial":
                fc.arity(2, 2);
                return Nodes.num(r -> rbinomial(a.get(0).num(r), a.get(1).num(r), env));
            case "rpoisson":
                fc.arity(1, 1);
                return Nodes.num(r -> rpoisson(a.get(0).num(r), env));
            case "mdy":
                fc.arity(3, 3);
                return Nodes.num(r -> mdy(a.get(0).num(r), a.get(1).num(r), a.get(2).num(r)));
            case "date":
                fc.arity(2, 3);
                return Nodes.num(r -> DateParser.parse(a.get(0).str(r), a.get(1).str(r)));
            case "year": fc.arity(1, 1); return dateField(a.get(0), 'y');
            case "month": fc.arity(1, 1); return dateField(a.get(0), 'm');
            case "day": fc.arity(1, 1); return dateField(a.get(0), 'd');
            case "dow": fc.arity(1, 1); return dateField(a.get(0), 'w');
            case "doy": fc.arity(1, 1); return dateField(a.get(0), 'j');
            case "quarter": fc.arity(1, 1); return dateField(a.get(0), 'q');
            case "ym": fc.arity(2, 2); return Nodes.num(r -> period(a.get(0).num(r), a.get(1).num(r), 12));
            case "yq": fc.arity(2, 2); return Nodes.num(r -> period(a.get(0).num(r), a.get(1).num(r), 4));
            case "yh": fc.arity(2, 2); return Nodes.num(r -> period(a.get(0).num(r), a.get(1).num(r), 2));
            case "mofd": fc.arity(1, 1); return Nodes.num(r -> ofDay(a.get(0).num(r), 12));
            case "qofd": fc.arity(1, 1); return Nodes.num(r -> ofDay(a.get(0).num(r), 4));
            case "hofd": fc.arity(1, 1); return Nodes.num(r -> ofDay(a.get(0).num(r), 2));
            case "yofd": fc.arity(1, 1); return dateField(a.get(0), 'y');
            case "dofm": fc.arity(1, 1); return Nodes.num(r -> dayOf(a.get(0).num(r), 12));
            case "dofq": fc.arity(1, 1); return Nodes.num(r -> dayOf(a.get(0).num(r), 4));
            case "dofh": fc.arity(1, 1); return Nodes.num(r -> dayOf(a.get(0).num(r), 2));
            case "dofy": fc.arity(1, 1); return Nodes.num(r -> Missing.isMissing(a.get(0).num(r)) ? Missing.DOT
                : mdy(1, 1, a.get(0).num(r)));
            case "dofc": fc.arity(1, 1); return Nodes.num(r -> Missing.isMissing(a.get(0).num(r)) ? Missing.DOT
                : Math.floor(a.get(0).num(r) / 86_400_000.0));
            case "clock": case "Clock":
                fc.arity(2, 3);
                return Nodes.num(r -> DateParser.clock(a.get(0).str(r), a.get(1).str(r)));
            case "mdyhms": case "Cmdyhms":
                fc.arity(6, 6);
                return Nodes.num(r -> dayAndTime(mdy(a.get(0).num(r), a.get(1).num(r), a.get(2).num(r)),
                    a.get(3).num(r), a.get(4).num(r), a.get(5).num(r)));
            case "dhms": case "Cdhms":
                fc.arity(4, 4);
                return Nodes.num(r -> dayAndTime(a.get(0).num(r), a.get(1).num(r), a.get(2).num(r), a.get(3).num(r)));
            case "hms": case "Chms":
                fc.arity(3, 3);
                return Nodes.num(r -> dayAndTime(0, a.get(0).num(r), a.get(1).num(r), a.get(2).num(r)));
            case "cofd": case "Cofd":
                fc.arity(1, 1);
                return Nodes.num(r -> Missing.isMissing(a.get(0).num(r)) ? Missing.DOT : a.get(0).num(r) * 86_400_000d);
            case "hh": fc.arity(1, 1); return Nodes.num(r -> clockField(a.get(0).num(r), 3_600_000L, 24));
            case "mm": fc.arity(1, 1); return Nodes.num(r -> clockField(a.get(0).num(r), 60_000L, 60));
            case "ss":
                fc.arity(1, 1);
                return Nodes.num(r -> Missing.isMissing(a.get(0).num(r)) ? Missing.DOT
                    : Math.floorMod((long) Math.floor(a.get(0).num(r)), 60_000L) / 1000.0);
            case "today":
                fc.arity(0, 0);
                return fc.constant(LocalDate.now().toEpochDay() - EPOCH.toEpochDay());
            default:
                return null;
        }
    }

    /** Milliseconds since 01jan1960 of day d (a %td value) at h:m:s; missing if any part is. */
    private static double dayAndTime(double d, double h, double m, double sec) {
        if (Missing.isMissing(d) || Missing.isMissing(h) || Missing.isMissing(m) || Missing.isMissing(sec)) {
            return Missing.DOT;
        }
        return d * 86_400_000d + h * 3_600_000d + m * 60_000d + Math.round(sec * 1000);
    }

    /** hh() and mm(): the hour or minute of a %tc value. */
    private static double clockField(double t, long unit, int modulus) {
        return Missing.isMissing(t) ? Missing.DOT : Math.floorMod(Math.floorDiv((long) Math.floor(t), unit), modulus);
    }

    private static void sameType(List<Node> a, FunctionCompiler fc) {
        boolean s = a.get(0).isString();
        for (Node n : a) {
            if (n.isString() != s) {
                throw new SdlError(109, "type mismatch in " + fc.name() + "()");
            }
        }
    }

    private static Node cond(List<Node> a, FunctionCompiler fc) {
        fc.arity(3, 4);
        Node c = a.get(0);
        Node x = a.get(1);
        Node y = a.get(2);
        if (x.isString() != y.isString() || c.isString()) {
            throw new SdlError(109, "type mismatch in cond()");
        }
        if (x.isString()) {
            return Nodes.str(r -> c.num(r) != 0 ? x.str(r) : y.str(r));
        }
        Node m = a.size() == 4 ? a.get(3) : null;
        return Nodes.num(r -> {
            double v = c.num(r);
            if (m != null && Missing.isMissing(v)) {
                return m.num(r);
            }
            return v != 0 ? x.num(r) : y.num(r);
        });
    }

    /**
     * irecode(x, x1, …, xn): 0 if x &lt;= x1, k if x(k) &lt; x &lt;= x(k+1), n if x &gt; xn;
     * recode(x, x1, …, xn): the first xk with x &lt;= xk, else xn. Missing if x is missing; the
     * xk must be nonmissing and ascending (r(198) otherwise, as Stata).
     */
    private static Node intervals(List<Node> a, FunctionCompiler fc, boolean index) {
        fc.arity(2, 255);
        for (Node n : a) {
            if (n.isString()) {
                throw new SdlError(109, "type mismatch");
            }
        }
        return Nodes.num(r -> {
            double x = a.get(0).num(r);
            if (Missing.isMissing(x)) {
                return Missing.DOT;
            }
            double prev = Double.NEGATIVE_INFINITY;
            double found = Double.NaN;
            for (int k = 1; k < a.size(); k++) {
                double c = a.get(k).num(r);
                if (Missing.isMissing(c) || c < prev) {
                    throw new SdlError(198, (index ? "irecode" : "recode")
                        + "(): cutpoints must be nonmissing and in ascending order");
                }
                prev = c;
                if (Double.isNaN(found) && x <= c) {
                    found = index ? k - 1 : c;
                }
            }
            return !Double.isNaN(found) ? found : index ? a.size() - 1 : prev;
        });
    }

    /**
     * autocode(x, n, x0, x1): the upper end of the one of n equal intervals of [x0, x1] that
     * holds x (the first or last interval's for x outside); missing for missing x.
     */
    private static Node autocode(List<Node> a, FunctionCompiler fc) {
        fc.arity(4, 4);
        return Nodes.num(r -> {
            double x = a.get(0).num(r);
            double n = a.get(1).num(r);
            double lo = a.get(2).num(r);
            double hi = a.get(3).num(r);
            if (Missing.isMissing(x)) {
                return Missing.DOT;
            }
            if (!(n >= 1) || n != Math.rint(n) || !(hi > lo)) {
                throw new SdlError(198, "autocode(): n must be a positive integer and x0 < x1");
            }
            double width = (hi - lo) / n;
            double k = Math.ceil((x - lo) / width);
            k = Math.max(1, Math.min(n, k));
            return lo + k * width;
        });
    }

    /** ym(y, m), yq(y, q), yh(y, h): periods since 1960 with perYear periods a year. */
    private static double period(double year, double k, int perYear) {
        if (Missing.isMissing(year) || Missing.isMissing(k) || year != Math.rint(year) || k != Math.rint(k)
                || k < 1 || k > perYear) {
            return Missing.DOT;
        }
        return (year - 1960) * perYear + k - 1;
    }

    /** mofd, qofd, hofd: the period holding daily date d. */
    private static double ofDay(double d, int perYear) {
        if (Missing.isMissing(d)) {
            return Missing.DOT;
        }
        LocalDate x = EPOCH.plusDays((long) Math.floor(d));
        int k = (x.getMonthValue() - 1) / (12 / perYear);
        return (x.getYear() - 1960) * (double) perYear + k;
    }

    /** dofm, dofq, dofh: the first day of period t. */
    private static double dayOf(double t, int perYear) {
        if (Missing.isMissing(t)) {
            return Missing.DOT;
        }
        long p = (long) Math.floor(t);
        long year = 1960 + Math.floorDiv(p, perYear);
        int month = (int) Math.floorMod(p, perYear) * (12 / perYear) + 1;
        return LocalDate.of((int) year, month, 1).toEpochDay() - EPOCH.toEpochDay();
    }

    private static Node inlist(List<Node> a, FunctionCompiler fc) {
        fc.arity(2, 255);
        sameType(a, fc);
        if (a.get(0).isString()) {
            return Nodes.num(r -> {
                String z = a.get(0).str(r);
                for (int i = 1; i < a.size(); i++) {
                    if (z.equals(a.get(i).str(r))) {
                        return 1;
                    }
                }
                return 0;
            });
        }
        return Nodes.num(r -> {
            double z = a.get(0).num(r);
            for (int i = 1; i < a.size(); i++) {
                if (z == a.get(i).num(r)) {
                    return 1;
                }
            }
            return 0;
        });
    }

    private static Node minMax(boolean max, List<Node> a, FunctionCompiler fc) {
        fc.arity(1, 255);
        for (Node n : a) {
            if (n.isString()) {
                throw new SdlError(109, "type mismatch in " + fc.name() + "()");
            }
        }
        Node[] args = a.toArray(new Node[0]);
        return Nodes.num(r -> {
            double best = Missing.DOT;
            boolean any = false;
            for (Node n : args) {
                double v = n.num(r);
                if (!Missing.isMissing(v) && (!any || (max ? v > best : v < best))) {
                    best = v;
                    any = true;
                }
            }
            return best;
        });
    }

    /** sum(x): running sum over observations (restarting in each by-group); missing adds 0. */
    private static Node runningSum(List<Node> a, FunctionCompiler fc, EvalContext ctx) {
        fc.arity(1, 1);
        Node x = a.get(0);
        return new Node() {
            private int lastRow = -2;
            private double acc;

            @Override public boolean isString() { return false; }

            @Override
            public double num(int row) {
                if (row != lastRow + 1 || row == ctx.start(row)) {
                    acc = 0;
                    for (int i = ctx.start(row); i < row; i++) {
                        double v = x.num(i);
                        acc += Missing.isMissing(v) ? 0 : v;
                    }
                }
                double v = x.num(row);
                acc += Missing.isMissing(v) ? 0 : v;
                lastRow = row;
                return acc;
            }
        };
    }

    static double rbinomial(double n, double p, ExprEnv env) {
        if (Missing.isMissing(n) || Missing.isMissing(p) || n < 0 || p < 0 || p > 1) {
            return Missing.DOT;
        }
        int k = 0;
        int trials = (int) n;
        if (trials <= 1000) {
            for (int i = 0; i < trials; i++) {
                if (env.nextUniform() < p) {
                    k++;
                }
            }
            return k;
        }
        // inversion from the mode outward would be faster; a normal approximation is adequate here
        double v = Math.rint(trials * p + Math.sqrt(trials * p * (1 - p)) * env.nextGaussian());
        return Math.max(0, Math.min(trials, v));
    }

    static double rpoisson(double mean, ExprEnv env) {
        if (Missing.isMissing(mean) || mean < 0) {
            return Missing.DOT;
        }
        if (mean > 500) {
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * env.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double prod = env.nextUniform();
        int k = 0;
        while (prod > limit) {
            prod *= env.nextUniform();
            k++;
        }
        return k;
    }

    static double mdy(double m, double d, double y) {
        if (Missing.isMissing(m) || Missing.isMissing(d) || Missing.isMissing(y)) {
            return Missing.DOT;
        }
        try {
            return LocalDate.of((int) y, (int) m, (int) d).toEpochDay() - EPOCH.toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Missing.DOT;
        }
    }

    private static Node dateField(Node d, char field) {
        return Nodes.num(r -> {
            double v = d.num(r);
            if (Missing.isMissing(v)) {
                return Missing.DOT;
            }
            LocalDate x = EPOCH.plusDays((long) Math.floor(v));
            switch (field) {
                case 'y': return x.getYear();
                case 'm': return x.getMonthValue();
                case 'd': return x.getDayOfMonth();
                case 'w': return x.getDayOfWeek().getValue() % 7;
                case 'q': return (x.getMonthValue() - 1) / 3 + 1;
                default: return x.getDayOfYear();
            }
        });
    }
}
