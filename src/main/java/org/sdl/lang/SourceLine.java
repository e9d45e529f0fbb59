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

    /** This command with new text (after macro expansion); positions stay those of the original. */
    public SourceLine withText(String newText) {
        return new SourceLine(newText, file, line, segments);
    }
}
