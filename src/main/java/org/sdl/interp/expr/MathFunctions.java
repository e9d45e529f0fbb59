package org.sdl.interp.expr;

import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.sdl.data.Missing;

/**
 * Numeric functions: elementary math and the probability functions. Tails are computed from
 * the regularized incomplete gamma/beta functions directly so tiny p-values keep their digits.
 */
final class MathFunctions {
    private MathFunctions() {}

    /** Returns the node for a numeric function, or null when the name is not one of these. */
    static Node make(String name, List<Node> a, FunctionCompiler fc) {
        switch (name) {
            case "abs": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::abs);
            case "exp": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::exp);
            case "ln": case "log": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), x -> x > 0 ? Math.log(x) : Double.NaN);
            case "log10": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), x -> x > 0 ? Math.log10(x) : Double.NaN);
            case "sqrt": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::sqrt);
            case "floor": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::floor);
            case "ceil": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::ceil);
            case "int": case "trunc": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), x -> x < 0 ? Math.ceil(x) : Math.floor(x));
            case "sign": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::signum);
            case "float": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), x -> (double) (float) x);
            case "sin": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::sin);
            case "cos": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::cos);
            case "tan": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::tan);
            case "asin": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::asin);
            case "acos": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::acos);
            case "atan": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Math::atan);
            case "atan2": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), Math::atan2);
            case "lngamma": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), Gamma::logGamma);
            case "lnfactorial": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), x -> Gamma.logGamma(Math.floor(x) + 1));
            case "comb": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (n, k) ->
                Math.rint(Math.exp(Gamma.logGamma(n + 1) - Gamma.logGamma(k + 1) - Gamma.logGamma(n - k + 1))));
            case "mod": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (x, y) -> x - y * Math.floor(x / y));
            case "round":
                fc.arity(1, 2);
                return new Nodes.Fn2(a.get(0), a.size() > 1 ? a.get(1) : fc.constant(1), MathFunctions::round);
            case "reldif": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (x, y) -> Math.abs(x - y) / (Math.abs(y) + 1));
            case "logit": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), x -> Math.log(x / (1 - x)));
            case "invlogit": case "logistic":
                fc.arity(1, 1);
                return new Nodes.Fn1(a.get(0), x -> x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
            case "normal": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), MathFunctions::normal);
            case "normalden":
                fc.arity(1, 3);
                if (a.size() == 1) {
                    return new Nodes.Fn1(a.get(0), MathFunctions::phi);
                }
                Node m = a.get(1);
                Node s = a.size() > 2 ? a.get(2) : fc.constant(1);
                if (a.size() == 2) {
                    return new Nodes.Fn2(a.get(0), m, (x, sd) -> phi(x / sd) / sd);
                }
                Node x0 = a.get(0);
                return Nodes.num(r -> {
                    double x = x0.num(r), mu = m.num(r), sd = s.num(r);
                    return Missing.isMissing(x) || Missing.isMissing(mu) || Missing.isMissing(sd) || sd <= 0
                        ? Missing.DOT : phi((x - mu) / sd) / sd;
                });
            case "invnormal": fc.arity(1, 1); return new Nodes.Fn1(a.get(0), p -> p > 0 && p < 1 ? -Math.sqrt(2) * Erf.erfcInv(2 * p) : Double.NaN);
            case "chi2": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (df, x) -> x <= 0 ? 0 : Gamma.regularizedGammaP(df / 2, x / 2));
            case "chi2tail": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), MathFunctions::chi2tail);
            case "invchi2": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (df, p) -> new ChiSquaredDistribution(df).inverseCumulativeProbability(p));
            case "invchi2tail": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (df, p) -> new ChiSquaredDistribution(df).inverseCumulativeProbability(1 - p));
            case "t": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (df, t) -> 1 - ttail(df, t));
            case "ttail": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), MathFunctions::ttail);
            case "invt": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (df, p) -> new TDistribution(df).inverseCumulativeProbability(p));
            case "invttail": fc.arity(2, 2); return new Nodes.Fn2(a.get(0), a.get(1), (df, p) -> new TDistribution(df).inverseCumulativeProbability(1 - p));
            case "F": return threeArg(a, fc, (d1, d2, f) -> 1 - ftail(d1, d2, f));
            case "Ftail": return threeArg(a, fc, MathFunctions::ftail);
            case "invF": return threeArg(a, fc, (d1, d2, p) -> new FDistribution(d1, d2).inverseCumulativeProbability(p));
            case "invFtail": return threeArg(a, fc, (d1, d2, p) -> new FDistribution(d1, d2).inverseCumulativeProbability(1 - p));
            case "binomial": return threeArg(a, fc, (n, k, p) -> k < 0 ? 0 : k >= n ? 1 : new BinomialDistribution((int) n, p).cumulativeProbability((int) Math.floor(k)));
            case "binomialtail": return threeArg(a, fc, (n, k, p) -> k <= 0 ? 1 : k > n ? 0 : 1 - new BinomialDistribution((int) n, p).cumulativeProbability((int) Math.ceil(k) - 1));
            default: return null;
        }
    }

    interface Fn3 {
        double apply(double a, double b, double c);
    }

    private static Node threeArg(List<Node> a, FunctionCompiler fc, Fn3 f) {
        fc.arity(3, 3);
        Node x = a.get(0), y = a.get(1), z = a.get(2);
        return Nodes.num(r -> {
            double p = x.num(r), q = y.num(r), s = z.num(r);
            if (Missing.isMissing(p) || Missing.isMissing(q) || Missing.isMissing(s)) {
                return Missing.DOT;
            }
            try {
                return Missing.normalize(f.apply(p, q, s));
            } catch (RuntimeException e) {
                return Missing.DOT;
            }
        });
    }

    static double round(double x, double u) {
        if (u == 0) {
            return x;
        }
        double q = x / u;
        double r = Math.signum(q) * Math.floor(Math.abs(q) + 0.5);
        double out = r * u;
        // keep decimal units tidy: round(2.345, .01) should be 2.35, not 2.3500000000000001
        if (u < 1 && u > 0) {
            double inv = Math.rint(1 / u);
            if (Math.abs(inv * u - 1) < 1e-12) {
                out = r / inv;
            }
        }
        return out;
    }

    static double normal(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    static double phi(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    static double chi2tail(double df, double x) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    static double ttail(double df, double t) {
        double p = 0.5 * Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
        return t >= 0 ? p : 1 - p;
    }

    static double ftail(double d1, double d2, double f) {
        return f <= 0 ? 1 : Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }
}
