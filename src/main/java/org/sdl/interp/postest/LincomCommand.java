package org.sdl.interp.postest;

import java.util.List;
import java.util.Locale;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.CoefficientTable;
import org.sdl.stats.EstimationResult;

/**
 * lincom exp / nlcom exp: a (non)linear combination of coefficients with its delta-method
 * standard error, test statistic, p-value and confidence interval; r(estimate), r(se), ...
 */
public final class LincomCommand extends Command {
    private final boolean nonlinear;

    public LincomCommand(boolean nonlinear) {
        super(nonlinear ? "nlcom" : "lincom", nonlinear ? 5 : 6, null);
        this.nonlinear = nonlinear;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        EstimationResult e = inv.session().requireE();
        String text = inv.text();
        double level = inv.session().settings().level();
        int comma = text.lastIndexOf(',');
        if (comma >= 0 && text.indexOf(')', comma) < 0) {
            String opts = text.substring(comma + 1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("l(?:evel)?\\((\\d+(?:\\.\\d+)?)\\)").matcher(opts);
            if (m.find()) {
                level = Double.parseDouble(m.group(1));
            }
            text = text.substring(0, comma);
        }
        String label = "(1)";
        String body = text.strip();
        if (nonlinear && body.startsWith("(") && body.contains(":")) {
            label = body.substring(1, body.indexOf(':')).strip();
            body = body.substring(body.indexOf(':') + 1, body.lastIndexOf(')'));
        }
        CoefExpression ce = new CoefExpression(body, inv.line(), e);
        double[] b = e.b();
        double est = ce.value(b);
        double[] g = ce.gradient(b, !nonlinear);
        double var = 0;
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                var += g[i] * e.v(i, j) * g[j];
            }
        }
        double se = Math.sqrt(Math.max(0, var));
        EstimationResult one = EstimationResult.builder(e.cmd()).depvar(e.depvar()).names(List.of(label))
            .b(new double[] {est}).v(new double[][] {{var}}).n(e.n()).build();
        if (e.scalars().containsKey("df_r") && !nonlinear && !e.macros().containsKey("small_z")) {
            one = one.toBuilder().scalar("df_r", e.scalar("df_r")).build();
        }
        CoefficientTable.Row row = CoefficientTable.rows(one, level).get(0);
        inv.out().println();
        inv.out().println(String.format(Locale.ROOT, " %s  %s", nonlinear ? label + ":" : "( 1)", body.strip()
            + (nonlinear ? "" : " = 0")));
        inv.out().println();
        CoefficientTable.render(one, level, false, false, "Coefficient").forEach(inv.out()::println);
        boolean t = CoefficientTable.usesT(one);
        inv.session().r().scalar("estimate", est).scalar("se", se).scalar(t ? "t" : "z", row.stat())
            .scalar("p", row.p()).scalar("lb", row.lo()).scalar("ub", row.hi()).scalar("level", level);
        if (t) {
            inv.session().r().scalar("df", one.scalar("df_r"));
        }
        if (nonlinear) {
            inv.session().r().matrix("b", new org.sdl.interp.Matrix(new double[][] {{est}}, List.of("y1"), List.of(label)));
            inv.session().r().matrix("V", new org.sdl.interp.Matrix(new double[][] {{var}}, List.of(label), List.of(label)));
        }
    }
}
