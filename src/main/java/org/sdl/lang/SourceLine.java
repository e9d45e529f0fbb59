package org.sdl.lang;

import java.util.List;

/**
 * One logical command: physical lines joined by {@code ///} (or by {@code #delimit ;}), comments
 * removed. {@code segments} map offsets in {@code text} back to original line/column, so errors
 * in any part of a joined command point at the right physical line.
 */
public record SourceLine(String text, String file, int line, List<Segment> segments) {

    /** Text from offset {@code start} came from {@code line}, beginning at {@code column}. */
    public record Segment(int start, int line, int column) {}

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
        return new SourceSpan(file, best.line(), best.column() + Math.max(0, offset - best.start()));
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
                out.add(new Segment(s.start() - offset, s.line(), s.column()));
            } else {
                out.add(new Segment(0, s.line(), s.column() + offset - s.start()));
            }
        }
        if (out.isEmpty()) {
            out.add(segments.get(segments.size() - 1));
        }
        return new SourceLine(text.substring(Math.min(offset, text.length())), file, out.get(0).line(), List.copyOf(out));
    }

    /** This command with new text (after macro expansion); positions stay those of the original. */
    public SourceLine withText(String newText) {
        return new SourceLine(newText, file, line, segments);
    }
}
