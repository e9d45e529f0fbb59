package org.sdl.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an estimation command posts to e(): immutable once built. Standard errors, test
 * statistics and confidence intervals are derived from b and V in one place ({@link #se(int)}).
 * Names follow Stata's column stripe ("2.province", "c.age#c.educ", "/cut1", "_cons");
 * {@code omitted[j]} marks base levels and dropped collinear terms (b = 0, V row/col = 0).
 *
 * <p>{@code results} holds named results that are not a coefficient vector (psmatch, khb,
 * sobel, estat): a tree of String keys to Double / String / nested Map, exported under
 * "results" by estimates export.
 */
public final class EstimationResult {
    private final String cmd;
    private final String depvar;
    private final List<String> names;
    private final double[] b;
    private final double[][] v;
    private final boolean[] omitted;
    private final long n;
    private final Map<String, Double> scalars;
    private final Map<String, String> macros;
    private final Map<String, Object> results;
    private final boolean[] sample;
    private final Object model;

    private EstimationResult(Builder bld) {
        this.cmd = bld.cmd;
        this.depvar = bld.depvar;
        this.names = List.copyOf(bld.names);
        this.b = bld.b.clone();
        this.v = deepCopy(bld.v);
        this.omitted = bld.omitted == null ? new boolean[bld.b.length] : bld.omitted.clone();
        this.n = bld.n;
        this.scalars = Collections.unmodifiableMap(new LinkedHashMap<>(bld.scalars));
        this.macros = Collections.unmodifiableMap(new LinkedHashMap<>(bld.macros));
        this.results = Collections.unmodifiableMap(new LinkedHashMap<>(bld.results));
        this.sample = bld.sample;
        this.model = bld.model;
    }

    public String cmd() { return cmd; }
    public String depvar() { return depvar; }
    public List<String> names() { return names; }
    public int k() { return b.length; }
    public double b(int j) { return b[j]; }
    public double[] b() { return b.clone(); }
    public double[][] v() { return deepCopy(v); }
    public double v(int i, int j) { return v[i][j]; }
    public boolean omitted(int j) { return omitted[j]; }
    public long n() { return n; }
    public Map<String, Double> scalars() { return scalars; }
    public Map<String, String> macros() { return macros; }
    public Map<String, Object> results() { return results; }

    /** e(sample) over the dataset's rows at estimation time (null when not tied to data). */
    public boolean[] sample() { return sample; }

    /** Whatever predict/margins need to re-evaluate the model (design spec, link); may be null. */
    public Object model() { return model; }

    public double scalar(String name) {
        Double d = scalars.get(name);
        return d == null ? Double.NaN : d;
    }

    public String macro(String name) {
        return macros.get(name);
    }

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** sqrt(V[j][j]); 0 for omitted terms. */
    public double se(int j) {
        return Math.sqrt(Math.max(0, v[j][j]));
    }

    public Builder toBuilder() {
        Builder bl = new Builder(cmd).depvar(depvar).names(names).b(b).v(v).omitted(omitted).n(n)
            .sample(sample).model(model);
        bl.scalars.putAll(scalars);
        bl.macros.putAll(macros);
        bl.results.putAll(results);
        return bl;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    public static Builder builder(String cmd) {
        return new Builder(cmd);
    }

    /** Collects the parts of a result; build() checks the shapes agree. */
    public static final class Builder {
        private final String cmd;
        private String depvar = "";
        private List<String> names = new ArrayList<>();
        private double[] b = new double[0];
        private double[][] v = new double[0][0];
        private boolean[] omitted;
        private long n;
        private final Map<String, Double> scalars = new LinkedHashMap<>();
        private final Map<String, String> macros = new LinkedHashMap<>();
        private final Map<String, Object> results = new LinkedHashMap<>();
        private boolean[] sample;
        private Object model;

        private Builder(String cmd) { this.cmd = cmd; }

        public Builder depvar(String d) { this.depvar = d; return this; }
        public Builder names(List<String> nm) { this.names = new ArrayList<>(nm); return this; }
        public Builder b(double[] x) { this.b = x.clone(); return this; }
        public Builder v(double[][] x) { this.v = deepCopy(x); return this; }
        public Builder omitted(boolean[] o) { this.omitted = o == null ? null : o.clone(); return this; }
        public Builder n(long x) { this.n = x; return this; }
        public Builder scalar(String k, double x) { scalars.put(k, x); return this; }
        public Builder macro(String k, String x) { macros.put(k, x); return this; }
        public Builder result(String k, Object x) { results.put(k, x); return this; }
        public Builder sample(boolean[] s) { this.sample = s; return this; }
        public Builder model(Object m) { this.model = m; return this; }

        public EstimationResult build() {
            if (names.size() != b.length || v.length != b.length
                || (omitted != null && omitted.length != b.length)) {
                throw new IllegalStateException("names, b, V and omitted must have the same length");
            }
            return new EstimationResult(this);
        }
    }
}
