package org.sdl.output.table;

import java.util.List;

/**
 * A line of a {@link Table}: a row of cells (the first cell is the left stub), a horizontal
 * rule, or a gap (the vertical space estout puts between coefficients).
 */
public sealed interface Row permits Row.Cells, Row.Rule, Row.Gap {

    /** Which part of the table a row belongs to: renderers use it for thead/tbody/tfoot. */
    enum Section { HEADER, BODY, FOOTER }

    /** Which rule: journal tables have a top rule, a rule under the header and a bottom rule. */
    enum RuleKind { TOP, MID, BOTTOM }

    /** Cells whose spans add up to the table's column count plus the stub. */
    record Cells(Section section, List<Cell> cells) implements Row {
        public Cells {
            cells = List.copyOf(cells);
        }

        public int width() {
            int w = 0;
            for (Cell c : cells) {
                w += c.span();
            }
            return w;
        }
    }

    record Rule(RuleKind kind) implements Row {}

    record Gap() implements Row {}
}
