package org.sdl.lang;

import java.util.List;

/** A source file's name, its physical lines (for caret displays) and its logical commands. */
public record SourceFile(String name, List<String> physicalLines, List<SourceLine> commands) {

    /** Physical line n (1-based), or "" when out of range. */
    public String physicalLine(int n) {
        return n >= 1 && n <= physicalLines.size() ? physicalLines.get(n - 1) : "";
    }
}
