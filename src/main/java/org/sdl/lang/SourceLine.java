package org.sdl.lang;

import java.util.List;

/**
 * One logical command: physical lines joined by {@code ///} (or by {@code #delimit ;}), comments
 * removed. {@code segments} map offsets in {@code text} back to original line/column, so errors
 * in any part of a joined command point at the right physical line.
 */
public record SourceLine(String text, String file, int line, List<Segment> segments) {

    /**
     * Text from offset {@code start} came from {@code line}, beginning at {@code column}; a
     * {@code fixed} segment (the value of a macro) maps every offset to that one column, where
     * the macro reference was written.
     */
    public record Segment(int start, int line, int column, boolean fixed) {
        public Segment(int start, int line, int column) {
            this(start, line, column, false);
        }
    }

    public static SourceLine simple(String text, String file, int line) {
        return new SourceLine(text, file, line, List.of(new Segment(0, line, 1)));
    }

    /** Original position of a character offset in text. */
    public SourceSpan spanAt(int offset) {
        Segment best = segments.get(0);
        for (Segment s : segments) {
            if (s.start() <= offset) {
                best = s;
            }
        }
        return new SourceSpan(file, best.line(), best.fixed() ? best.column()
            : best.column() + Math.max(0, offset - best.start()));
    }

    public SourceSpan span() {
        return SourceSpan.of(file, line);
    }

    /** The part of this line's text from offset on, with positions still pointing at the original. */
    public SourceLine from(int offset) {
        java.util.List<Segment> out = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int end = i + 1 < segments.size() ? segments.get(i + 1).start() : Integer.MAX_VALUE;
            if (end <= offset) {
                continue;
            }
            if (s.start() >= offset) {
                out.add(new Segment(s.start() - offset, s.line(), s.column(), s.fixed()));
            } else {
                out.add(new Segment(0, s.line(), s.fixed() ? s.column() : s.column() + offset - s.start(), s.fixed()));
            }
        }
        if (out.isEmpty()) {
            out.add(segments.get(segments.size() - 1));
        }
        return new SourceLine(text.substring(Math.min(offset, text.length())), file, out.get(0).line(), List.copyOf(out));
    }

    /** A part of this line's text (its end, or else its first occurrence) with its own positions. */
    public SourceLine tail(String part) {
        int at = text.endsWith(part) ? text.length() - part.length() : text.indexOf(part);
        return at >= 0 ? from(at).withText(part) : withText(part);
    }

    /** This command with new text (after macro expansion); positions stay those of the original. */
    public SourceLine withText(String newText) {
        return new SourceLine(newText, file, line, segments);
    }

    /**
     * This command after macro expansion: {@code runs} holds triples (output offset, input
     * offset, 1 if the text is copied from the input else 0), so characters copied from the
     * source keep their own columns and a macro's value points at the macro reference.
     */
    public SourceLine remapped(String newText, int[] runs, int nRuns) {
        java.util.List<Segment> out = new java.util.ArrayList<>();
        for (int r = 0; r < nRuns; r++) {
            int outStart = runs[3 * r];
            int inStart = runs[3 * r + 1];
            boolean copied = runs[3 * r + 2] == 1;
            int outEnd = r + 1 < nRuns ? runs[3 * (r + 1)] : newText.length();
            if (outEnd <= outStart && r + 1 < nRuns) {
                continue;
            }
            SourceSpan at = spanAt(inStart);
            out.add(new Segment(outStart, at.line(), at.column(), !copied));
            if (copied) {
                // a copied run may cross a /// join: split it where the input's segments start
                for (Segment s : segments) {
                    int k = s.start() - inStart;
                    if (k > 0 && k < outEnd - outStart) {
                        out.add(new Segment(outStart + k, s.line(), s.column(), s.fixed()));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(segments.get(0));
        }
        out.sort(java.util.Comparator.comparingInt(Segment::start));
        return new SourceLine(newText, file, line, java.util.List.copyOf(out));
    }
}
