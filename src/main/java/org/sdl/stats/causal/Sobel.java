package org.sdl.stats.causal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.special.Erf;

/**
 * Sobel-Goodman mediation tests as sgmediation computes them from three OLS fits on one sample:
 * (1) dv on iv -> c; (2) mv on iv -> a; (3) dv on mv and iv -> b and c'. Indirect effect a*b with
 * Sobel, Goodman-1 (Aroian) and Goodman-2 standard errors; normal z and p for every row.
 */
public final class Sobel {
    private Sobel() {}

    /** The path estimates and their standard errors. */
    public record Paths(double a, double sa, double b, double sb, double c, double sc, double cprime,
                        double scprime) {}

    public static Map<String, Object> results(Paths p) {
        Map<String, Object> r = new LinkedHashMap<>();
        double ab = p.a() * p.b();
        double core = p.b() * p.b() * p.sa() * p.sa() + p.a() * p.a() * p.sb() * p.sb();
        double cross = p.sa() * p.sa() * p.sb() * p.sb();
        row(r, "sobel", ab, Math.sqrt(core));
        row(r, "goodman1", ab, Math.sqrt(core + cross));
        row(r, "goodman2", ab, core - cross >= 0 ? Math.sqrt(core - cross) : Double.NaN);
        double direct = p.c() - ab;
        row(r, "indirect", ab, Math.sqrt(core));
        row(r, "direct", direct, p.scprime());
        row(r, "total", p.c(), p.sc());
        row(r, "path_a", p.a(), p.sa());
        row(r, "path_b", p.b(), p.sb());
        row(r, "cprime", p.cprime(), p.scprime());
        r.put("prop_mediated", ab / p.c());
        r.put("ratio_indirect_direct", ab / direct);
        r.put("ratio_total_direct", p.c() / direct);
        return r;
    }

    private static void row(Map<String, Object> r, String name, double est, double se) {
        double z = est / se;
        r.put(name, est);
        r.put(name + "_se", se);
        r.put(name + "_z", z);
        r.put(name + "_p", Double.isNaN(z) ? Double.NaN : Erf.erfc(Math.abs(z) / Math.sqrt(2)));
    }
}
