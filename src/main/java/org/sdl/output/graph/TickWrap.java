package org.sdl.output.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Horizontal category labels that would run into each other (graph box over five places with
 * long value labels) are broken into lines at spaces or after "/" and "-", so that each fits the
 * distance between neighbouring ticks, as Stata's category axes leave them readable. Labels that
 * fit are left as they are; a single word longer than the space stays whole.
 */
final class TickWrap {
    private TickWrap() {}

    /**
     * @param lo the axis range's low end (data units)
     * @param hi the axis range's high end
     * @param widthPx the axis length in pixels (approximate: before the plot box is final)
     * @param measure the pixel width of one line of label text
     */
    static List<Tick> wrap(List<Tick> ticks, double lo, double hi, double widthPx, ToDoubleFunction<String> measure) {
        if (ticks.size() < 2 || !(hi > lo) || !(widthPx > 0)) {
            return ticks;
        }
        double[] v = ticks.stream().mapToDouble(Tick::value).sorted().toArray();
        double minGap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[i - 1]) {
                minGap = Math.min(minGap, v[i] - v[i - 1]);
            }
        }
        if (!Double.isFinite(minGap)) {
            return ticks;
        }
        double room = 0.85 * widthPx * minGap / (hi - lo);
        boolean tooWide = false;
        for (Tick t : ticks) {
            if (t.label() != null && measure.applyAsDouble(t.label()) > room) {
                tooWide = true;
                break;
            }
        }
        if (!tooWide) {
            return ticks;
        }
        List<Tick> out = new ArrayList<>(ticks.size());
        for (Tick t : ticks) {
            out.add(t.label() == null ? t : new Tick(t.value(), lines(t.label(), room, measure)));
        }
        return out;
    }

    /** Greedy line filling: pieces (words, with "/" and "-" kept at the end of theirs) joined while they fit. */
    static String lines(String label, double room, ToDoubleFunction<String> measure) {
        StringBuilder out = new StringBuilder();
        for (String existing : label.split("\n")) {
            List<String> pieces = pieces(existing);
            StringBuilder line = new StringBuilder();
            for (String piece : pieces) {
                String candidate = line.length() == 0 ? piece.strip() : line + piece;
                if (line.length() > 0 && measure.applyAsDouble(candidate.strip()) > room) {
                    append(out, line.toString().strip());
                    line.setLength(0);
                    line.append(piece.strip());
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            append(out, line.toString().strip());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String line) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(line);
    }

    /** "Countryside/Village area" -> ["Countryside/", "Village", " area"]. */
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(c);
            if ((c == '/' || c == '-') && i + 1 < s.length()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
