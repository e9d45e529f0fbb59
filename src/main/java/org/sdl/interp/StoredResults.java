package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Missing;
import org.sdl.stats.EstimationResult;

/** Reads e() results the way Stata exposes them: e(N), e(cmd), e(b), e(V), _b[], _se[]. */
public final class StoredResults {
    private StoredResults() {}

    /** e(name) as Double, String or boolean[] (e(sample)); null when not set. */
    public static Object e(EstimationResult e, String name) {
        if (e == null) {
            return null;
        }
        switch (name) {
            case "N": return (double) e.n();
            case "cmd": return e.cmd();
            case "depvar": return e.depvar();
            case "sample": return e.sample();
            default: break;
        }
        if (e.scalars().containsKey(name)) {
            return e.scalars().get(name);
        }
        return e.macros().get(name);
    }

    public static Matrix eMatrix(EstimationResult e, String name) {
        if (e == null) {
            return null;
        }
        if (name.equals("b")) {
            return new Matrix(new double[][] {e.b()}, List.of("y1"), e.names());
        }
        if (name.equals("V")) {
            return new Matrix(e.v(), e.names(), e.names());
        }
        Object m = e.results().get("matrix:" + name);
        return m instanceof Matrix mm ? mm : null;
    }

    /** _b[name] / _se[name]; r(111) when the coefficient is not in e(b). */
    public static double coefficient(EstimationResult e, String kind, String name) {
        if (e == null) {
            throw new SdlError(301, "last estimates not found");
        }
        int j = find(e, name.strip());
        if (j < 0) {
            throw new SdlError(111, "[" + name + "] not found");
        }
        if (kind.equals("_se")) {
            return e.omitted(j) ? 0 : e.se(j);
        }
        return e.b(j);
    }

    static int find(EstimationResult e, String name) {
        int j = e.indexOf(name);
        if (j >= 0) {
            return j;
        }
        // equation-qualified names (trust:wechat) and written-out base markers
        String bare = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
        j = e.indexOf(bare);
        if (j >= 0) {
            return j;
        }
        List<String> cands = new ArrayList<>();
        for (String n : e.names()) {
            if (n.replace("b.", ".").replace("o.", ".").equals(bare)) {
                return e.names().indexOf(n);
            }
            if (n.startsWith(bare)) {
                cands.add(n);
            }
        }
        return -1;
    }

    public static double orMissing(Double d) {
        return d == null ? Missing.DOT : d;
    }
}
