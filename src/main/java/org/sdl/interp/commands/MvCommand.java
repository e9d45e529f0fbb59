package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Numlist;

/**
 * mvdecode varlist, mv(-1 -2 -3 = .a \ 98 99) turns survey codes into missing values (. unless
 * "= .x" names one); mvencode varlist, mv(#) turns missing values into a code.
 */
public final class MvCommand extends Command {
    private final boolean decode;

    public MvCommand(boolean decode) {
        super(decode ? "mvdecode" : "mvencode", 8, "varlist [if] [in], MV(string) [Override]");
        this.decode = decode;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        boolean[] use = inv.args().touse();
        String spec = inv.args().string("mv");
        if (spec == null) {
            throw new SdlError(198, name() + ": option mv() required");
        }
        List<double[]> rules = new ArrayList<>();
        for (String part : spec.split("\\\\")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            String left = eq >= 0 ? p.substring(0, eq).strip() : p;
            String right = eq >= 0 ? p.substring(eq + 1).strip() : null;
            if (decode) {
                // numlist [= mvc]
                double target = right == null ? Missing.DOT : missingCode(right);
                for (double v : Numlist.expand(left)) {
                    rules.add(new double[] {v, target});
                }
            } else if (right == null) {
                // mv(#): every missing value becomes #
                rules.add(new double[] {Missing.DOT, number(left)});
            } else {
                // mv(mvc = #)
                rules.add(new double[] {missingCode(left), number(right)});
            }
        }
        for (String v : inv.args().varlist()) {
            NumericColumn c = d.numeric(v);
            if (c == null) {
                inv.out().println(String.format("%12s: string variable ignored", v));
                continue;
            }
            NumericColumn w = c.convertTo(org.sdl.data.StorageType.DOUBLE);
            int changes = 0;
            for (int i = 0; i < w.size(); i++) {
                if (!use[i]) {
                    continue;
                }
                double x = w.get(i);
                for (double[] r : rules) {
                    boolean hit = decode ? x == r[0] : (eq(r[0], x));
                    if (hit) {
                        w.set(i, r[1]);
                        changes++;
                        break;
                    }
                }
            }
            org.sdl.data.StorageType t = c.type();
            for (int i = 0; i < w.size(); i++) {
                if (!t.holds(w.get(i))) {
                    t = t.promoteFor(w.get(i));
                }
            }
            d.replace(t == org.sdl.data.StorageType.DOUBLE ? w : w.convertTo(t));
            d.touched(v);
            if (changes > 0) {
                inv.out().println(String.format("%12s: %d missing value%s %s", v, changes, changes == 1 ? "" : "s",
                    decode ? "generated" : "recoded"));
            }
        }
    }

    private static double missingCode(String t) {
        if (t.equals(".")) {
            return Missing.DOT;
        }
        if (t.matches("\\.[a-z]")) {
            return Missing.extended(t.charAt(1));
        }
        throw new SdlError(198, "mv(): " + t + " is not a missing value code (. or .a-.z)");
    }

    private static double number(String t) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new SdlError(198, "mv(): " + t + " is not a number");
        }
    }

    /** mvencode: a rule for . matches every missing value unless a specific .x rule is given. */
    private static boolean eq(double rule, double x) {
        if (!Missing.isMissing(x)) {
            return false;
        }
        return rule == Missing.DOT || Double.compare(rule, x) == 0;
    }

}
