package org.sdl.interp.commands.graph;

import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.Session;
import org.sdl.output.graph.AxisTicks;

/** Texts graphs show for data values: the value label when there is one, else the number in the variable's format. */
public final class GraphText {
    private GraphText() {}

    public static String valueText(Session s, NumericColumn c, double v) {
        ValueLabelSet set = labels(s, c);
        if (set != null) {
            String l = set.get(v);
            if (l != null) {
                return l;
            }
        }
        return AxisTicks.format(v, c.format());
    }

    /** The value-label set attached to a variable, or null. */
    public static ValueLabelSet labels(Session s, NumericColumn c) {
        String name = c.valueLabel();
        return name == null ? null : s.data().valueLabels().get(name);
    }
}
