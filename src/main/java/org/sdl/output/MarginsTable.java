package org.sdl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The margins results table as Stata 17/18 prints it: a "Delta-method" banner over the standard
 * errors, lower-case "std. err.", a stub that widens for long labels, marginal effects grouped
 * by variable (factor levels under their variable's name, base levels not shown), and margins
 * with dimensions (_predict, _at, over and marginlist levels) under a "_at#male"-style heading.
 * Layout follows published Stata 17 logs of margins (see the golden tests).
 */
public final class MarginsTable {
    private static final StataFormat G9 = StataFormat.parse("%9.0g");

    private MarginsTable() {}

    /**
     * A line of the body: a statistic row (label, b, se), or a heading (no numbers), or a
     * separator. {@code rightHeading} headings are right-aligned (dimension names, factor names),
     * the others left-aligned (an effect variable above its dimension rows).
     */
    public record Line(Kind kind, String label, double b, double se) {
        public enum Kind { ROW, HEADING_LEFT, HEADING_RIGHT, BLANK, RULE }

        public static Line row(String label, double b, double se) { return new Line(Kind.ROW, label, b, se); }
        public static Line left(String label) { return new Line(Kind.HEADING_LEFT, label, 0, 0); }
        public static Line right(String label) { return new Line(Kind.HEADING_RIGHT, label, 0, 0); }
        public static Line blank() { return new Line(Kind.BLANK, "", 0, 0); }
        public static Line rule() { return new Line(Kind.RULE, "", 0, 0); }
    }

    /**
     * @param column "Margin", "dy/dx", "ey/ex", ...
     * @param crit   the critical value for the interval; df &gt; 0 prints t statistics
     */
    public static List<String> render(List<Line> lines, String column, double level, double df, boolean nose) {
        int w = 12;
        for (Line l : lines) {
            if (l.kind() != Line.Kind.BLANK && l.kind() != Line.Kind.RULE) {
                w = Math.max(w, l.label().strip().length() + (l.label().endsWith(" ") ? 1 : 0));
            }
        }
        w = Math.min(w, 32);
        boolean t = df > 0 && df < 1e300;
        int tail = nose ? 13 : 64;
        String rule = "-".repeat(w + 2 + tail);
        String mid = "-".repeat(w + 1) + "+" + "-".repeat(tail);
        List<String> out = new ArrayList<>();
        out.add(rule);
        String blankStub = " ".repeat(w) + " |";
        if (nose) {
            out.add(blankStub + String.format(Locale.ROOT, "%11s", column));
        } else {
            String stat = t ? "t" : "z";
            out.add(blankStub + "            Delta-method");
            out.add(blankStub + String.format(Locale.ROOT, "%11s   std. err.      %s    P>|%s|     [%s%% conf. interval]",
                column, stat, stat, CoefficientTable.levelText(level)));
        }
        out.add(mid);
        double crit = t ? new org.apache.commons.math3.distribution.TDistribution(df)
            .inverseCumulativeProbability(1 - (1 - level / 100) / 2)
            : new org.apache.commons.math3.distribution.NormalDistribution()
            .inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        for (Line l : lines) {
            switch (l.kind()) {
                case BLANK:
                    out.add(blankStub);
                    break;
                case RULE:
                    out.add(mid);
                    break;
                case HEADING_LEFT:
                    out.add(String.format(Locale.ROOT, "%-" + w + "s |", Names.abbreviate(l.label(), w)));
                    break;
                case HEADING_RIGHT:
                    out.add(String.format(Locale.ROOT, "%" + w + "s |", Names.abbreviate(l.label(), w)));
                    break;
                default:
                    out.add(row(l, w, crit, t, df, nose));
            }
        }
        out.add(rule);
        return out;
    }

    private static String row(Line l, int w, double crit, boolean t, double df, boolean nose) {
        String label = l.label();
        // a level row ("1", "Black", "1#0") ends one space before the bar, as in Stata's tables
        String stub = label.endsWith(" ") ? String.format(Locale.ROOT, "%" + (w - 1) + "s ", abbreviateLevel(label.strip(), w - 1))
            : String.format(Locale.ROOT, "%" + w + "s", Names.abbreviate(label, w));
        if (nose) {
            return stub + " |  " + G9.format(l.b());
        }
        double se = l.se();
        if (!(se > 0) || Double.isNaN(l.b())) {
            return stub + " |  " + G9.format(l.b()) + "  " + String.format(Locale.ROOT, "%9s", se == 0 ? "(omitted)" : ".");
        }
        double stat = l.b() / se;
        double p = t ? CoefficientTable.tTwoSided(stat, df) : CoefficientTable.zTwoSided(stat);
        return String.format(Locale.ROOT, "%s |  %s  %s %8.2f   %5.3f    %s   %s", stub, G9.format(l.b()),
            G9.format(se), stat, p, G9.format(l.b() - crit * se), G9.format(l.b() + crit * se));
    }

    private static String abbreviateLevel(String label, int w) {
        return label.length() <= w ? label : label.substring(0, w - 1) + "~";
    }
}
