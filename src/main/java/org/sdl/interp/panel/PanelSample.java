package org.sdl.interp.panel;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.TimeSeriesVariables;
import org.sdl.interp.command.Invocation;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;
import org.sdl.stats.panel.Factor;
import org.sdl.stats.panel.PanelInput;

/**
 * The estimation sample of the panel and multi-outcome commands: listwise deletion over the
 * depvar, the regressors (factor variables expanded by {@link DesignBuilder}) and the grouping
 * variables (absorbed factors, panel and cluster variables; numeric or string), then the
 * groupings as dense codes over the sample's observations.
 */
final class PanelSample {
    private final Dataset data;
    final PanelInput input;
    final Design design;
    final List<String> notes;

    private PanelSample(Dataset data, PanelInput input, Design design, List<String> notes) {
        this.data = data;
        this.input = input;
        this.design = design;
        this.notes = notes;
    }

    /**
     * @param groupVars grouping variables (each a single name, or a#b for a combination) that
     *     must be non-missing in the sample
     */
    static PanelSample build(Invocation inv, List<String> vars, List<String> groupVars, boolean constant) {
        Dataset data = inv.session().data();
        String depvar = vars.get(0);
        if (depvar.contains(".") && !TimeSeriesVariables.isOperated(depvar) || depvar.contains("#")) {
            throw new SdlError(198, "depvar may not be a factor variable: " + depvar);
        }
        boolean[] mask = inv.args().touse().clone();
        for (String g : groupVars) {
            for (String v : g.split("#")) {
                clearMissing(data.column(v), mask);
            }
        }
        DesignBuilder db = new DesignBuilder(data).depvar(depvar).terms(vars.subList(1, vars.size())).mask(mask)
            .noConstant(!constant);
        Design d;
        try {
            d = db.build();
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        List<String> notes = new ArrayList<>(d.notes());
        int k = d.k();
        double[][] x = d.x();
        List<String> names = d.names();
        boolean[] om = d.omitted();
        if (constant) {
            // the constant is the design's last column; the panel estimators report their own
            k--;
            x = java.util.Arrays.copyOf(x, k);
            names = names.subList(0, k);
            om = java.util.Arrays.copyOf(om, k);
        }
        PanelInput in = new PanelInput(d.depvar(), d.y(), x, names, om, d.sample(), d.rows());
        return new PanelSample(data, in, d, notes);
    }

    /** Dense codes of a grouping variable (or a#b combination) over the sample's observations. */
    Factor factor(String spec) {
        List<String> parts = List.of(spec.split("#"));
        Grouping g = Grouping.of(data, parts, input.sample());
        int[] rows = input.rows();
        int[] codes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            codes[i] = g.id(rows[i]);
        }
        return Factor.of(spec, codes);
    }

    /** Resolves a grouping spec: i.a, a#b, abbreviations; returns a#b with full names. */
    static String groupSpec(Dataset data, String token) {
        VariableMatcher vm = new VariableMatcher(data);
        List<String> out = new ArrayList<>();
        for (String p : token.split("#")) {
            String v = p.replaceFirst("^(?i)i\\.", "");
            if (v.isEmpty() || v.contains(".") || v.contains("=")) {
                throw new SdlError(198, "absorb(" + token + ") not supported: give variables, i.var or a#b");
            }
            out.add(vm.one(v));
        }
        return String.join("#", out);
    }

    private static void clearMissing(Column c, boolean[] mask) {
        if (c instanceof NumericColumn nc) {
            nc.clearMissing(mask);
        } else {
            StringColumn sc = (StringColumn) c;
            for (int i = 0; i < mask.length; i++) {
                if (mask[i] && sc.get(i).isEmpty()) {
                    mask[i] = false;
                }
            }
        }
    }
}
