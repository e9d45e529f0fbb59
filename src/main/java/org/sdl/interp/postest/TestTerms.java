package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.stats.EstimationResult;

/** Which estimable coefficients a testparm/test varlist names (i.province means all its levels). */
final class TestTerms {
    private TestTerms() {}

    static List<Integer> matching(EstimationResult e, List<String> tokens, Dataset data) {
        List<Integer> out = new ArrayList<>();
        for (String t : tokens) {
            int before = out.size();
            String var = t.replaceFirst("^(i|c|ib\\w*|ib\\(\\w+\\))\\.", "");
            boolean factor = !var.equals(t) && t.startsWith("i");
            if (e.indexOf(t) >= 0 && !e.omitted(e.indexOf(t))) {
                out.add(e.indexOf(t));
                continue;
            }
            String full = var;
            if (!var.contains("#") && !var.contains(".")) {
                try {
                    full = new VariableMatcher(data).one(var);
                } catch (RuntimeException ex) {
                    full = var;
                }
            }
            for (int j = 0; j < e.k(); j++) {
                if (e.omitted(j)) {
                    continue;
                }
                String n = e.names().get(j);
                String bare = n.contains(".") && !n.contains("#") ? n.substring(n.indexOf('.') + 1) : n;
                if (n.equals(full) || (factor || n.matches("\\d+[bo]?\\..*")) && !n.contains("#") && bare.equals(full)) {
                    out.add(j);
                }
            }
            if (out.size() == before) {
                throw new SdlError(111, t + " not found in the estimation results");
            }
        }
        return out;
    }
}
