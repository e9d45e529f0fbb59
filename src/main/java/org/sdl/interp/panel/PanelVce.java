package org.sdl.interp.panel;

import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.stats.VceSpec;

/** vce(conventional|ols|unadjusted|oim|robust|cluster var), robust and cluster() for the panel commands. */
final class PanelVce {
    private PanelVce() {}

    static VceSpec parse(BoundArgs a, org.sdl.interp.Session s, String command) {
        String v = a.string("vce");
        if (a.flag("robust")) {
            if (v != null) {
                throw new SdlError(198, "options vce() and robust may not be combined");
            }
            v = "robust";
        }
        if (a.string("cluster") != null) {
            if (v != null) {
                throw new SdlError(198, "options vce() and cluster() may not be combined");
            }
            v = "cluster " + a.string("cluster");
        }
        if (v == null) {
            return VceSpec.model();
        }
        String t = v.strip();
        String[] w = t.split("\\s+");
        String head = w[0].toLowerCase(java.util.Locale.ROOT);
        if (head.equals("conventional") || head.equals("ols") || head.equals("unadjusted") || head.equals("un")
            || head.equals("oim")) {
            return VceSpec.model();
        }
        if (!head.isEmpty() && "robust".startsWith(head)) {
            return VceSpec.robust();
        }
        if (head.length() >= 2 && "cluster".startsWith(head)) {
            if (w.length != 2) {
                throw new SdlError(198, "vce(cluster) requires one variable: vce(cluster clustvar)");
            }
            return VceSpec.cluster(new VariableMatcher(s.data()).one(w[1]));
        }
        throw new SdlError(198, "vce(" + t + ") not allowed after " + command
            + "; use conventional, robust or cluster clustvar");
    }
}
