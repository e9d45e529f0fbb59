package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;
import org.sdl.stats.EstimationResult;

/** ereturn list | clear | post b [V] [, esample() depname() obs()] | scalar | local | matrix. */
public final class EreturnCommand extends Command {
    public EreturnCommand() {
        super("ereturn", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        String sub = t.split("[\\s,]+", 2)[0];
        String rest = t.length() > sub.length() ? t.substring(sub.length()).strip() : "";
        EstimationResult e = inv.session().e();
        switch (sub) {
            case "list": case "li":
                ResultsPrinter.print(inv.out(), e);
                return;
            case "clear":
                inv.session().setE(null);
                return;
            case "post": {
                String opts = rest.contains(",") ? rest.substring(rest.indexOf(',') + 1) : "";
                String[] mats = (rest.contains(",") ? rest.substring(0, rest.indexOf(',')) : rest).strip().split("\\s+");
                Matrix b = mats[0].isEmpty() ? null : inv.session().matrix(mats[0]);
                Matrix v = mats.length > 1 ? inv.session().matrix(mats[1]) : null;
                double[] bv = b == null ? new double[0] : b.values()[0];
                List<String> names = b == null ? List.of() : new ArrayList<>(b.colNames());
                double[][] vv = v == null ? new double[bv.length][bv.length] : v.values();
                EstimationResult.Builder bl = EstimationResult.builder("").names(names).b(bv).v(vv);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("obs\\((\\d+)\\)").matcher(opts);
                if (m.find()) {
                    bl.n(Long.parseLong(m.group(1)));
                }
                m = java.util.regex.Pattern.compile("dep(?:name)?\\((\\w+)\\)").matcher(opts);
                if (m.find()) {
                    bl.depvar(m.group(1));
                }
                inv.session().setE(bl.build());
                return;
            }
            case "scalar": case "sca": {
                String[] p = ReturnCommand.nameAndRest(rest);
                Value val = ExprCompiler.evaluate(Parser.expression(inv.textLine(p[1].replaceFirst("^=", "").strip())), inv.session());
                requireE(e);
                EstimationResult.Builder bl = e.toBuilder();
                if (p[0].equals("N")) {
                    bl.n((long) val.number());
                } else {
                    bl.scalar(p[0], val.number());
                }
                inv.session().setE(bl.build());
                return;
            }
            case "local": case "loc": {
                String[] p = ReturnCommand.nameAndRest(rest);
                requireE(e);
                String val = org.sdl.interp.syntax.Words.unquote(p[1]);
                EstimationResult.Builder bl = e.toBuilder();
                if (p[0].equals("depvar")) {
                    bl.depvar(val);
                }
                inv.session().setE(rebuildCmd(bl, e, p[0], val));
                return;
            }
            default:
                throw new SdlError(198, "ereturn: unknown subcommand " + sub);
        }
    }

    private static EstimationResult rebuildCmd(EstimationResult.Builder bl, EstimationResult e, String key, String val) {
        if (key.equals("cmd")) {
            EstimationResult.Builder nb = EstimationResult.builder(val).depvar(e.depvar()).names(e.names())
                .b(e.b()).v(e.v()).n(e.n()).sample(e.sample()).model(e.model());
            e.scalars().forEach(nb::scalar);
            e.macros().forEach(nb::macro);
            e.results().forEach(nb::result);
            return nb.build();
        }
        return bl.macro(key, val).build();
    }

    private static void requireE(EstimationResult e) {
        if (e == null) {
            throw new SdlError(301, "no estimation results to add to (use ereturn post first)");
        }
    }
}
