package org.sdl.output.graph;

import java.util.List;

/**
 * A title, subtitle, note, caption or axis title: one or more lines ({@code title("a" "b")}), a
 * size in relative units (NaN = the scheme's) and a colour (null = the scheme's).
 */
public record TextBlock(List<String> lines, double size, Rgb color) {
    public static TextBlock of(String... lines) {
        return new TextBlock(List.of(lines), Double.NaN, null);
    }

    public TextBlock withSize(double s) { return new TextBlock(lines, s, color); }
    public TextBlock withColor(Rgb c) { return new TextBlock(lines, size, c); }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return lines.isEmpty() || lines.stream().allMatch(String::isEmpty);
    }
}
