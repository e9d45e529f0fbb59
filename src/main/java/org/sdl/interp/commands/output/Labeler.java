package org.sdl.interp.commands.output;

/** Variable and value labels from the dataset, for esttab's label option. */
interface Labeler {
    /** The variable's label, or null when it has none (or is not in the data). */
    String variableLabel(String var);

    /** The value label of level v of var, or null. */
    String valueLabel(String var, double v);
}
