package org.sdl.interp.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.stats.VceSpec;

/** Reads vce(), robust and cluster() options into a {@link VceSpec}, with Stata's abbreviations. */
final class VceOption {
    private VceOption() {}

    static VceSpec parse(BoundArgs a, Session s, String modelDefault) {
        String v = a.string("vce");
        if (a.flag("robust") && v == null) {
            v = "robust";
        }
        if (a.string("cluster") != null && v == null) {
            v = "cluster " + a.string("cluster");
        }
        if (v == null) {
            return VceSpec.model();
        }
        String t = v.strip();
        String head = t.split("[\\s,]+", 2)[0].toLowerCase();
        String rest = t.substring(Math.min(t.length(), head.length())).strip();
        if (head.equals(modelDefault) || head.equals("oim") || head.equals("ols") || head.equals("unadjusted")
            || head.equals("un")) {
            return VceSpec.model();
        }
        if (head.length() >= 1 && "robust".startsWith(head)) {
            return VceSpec.robust();
        }
        if (head.length() >= 2 && "cluster".startsWith(head)) {
            if (rest.isEmpty()) {
                throw new SdlError(198, "vce(cluster) requires a variable: vce(cluster clustvar)");
            }
            String var = new org.sdl.data.VariableMatcher(s.data()).one(rest.split("\\s+")[0]);
            return VceSpec.cluster(var);
        }
        if (head.length() >= 4 && "bootstrap".startsWith(head)) {
            int reps = intOption(rest, "reps?", 50);
            long seed = rest.matches(".*\\bseed\\(.*") ? intOption(rest, "seed", 0) : s.nextSeed();
            return VceSpec.bootstrap(reps, seed, s.settings().threads());
        }
        throw new SdlError(198, "vce(" + t + ") not allowed; use oim, robust, cluster clustvar or bootstrap");
    }

    private static int intOption(String text, String name, int dflt) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*\\(\\s*(\\d+)\\s*\\)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : dflt;
    }
}
