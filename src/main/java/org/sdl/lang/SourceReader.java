package org.sdl.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits source text into logical commands, as Stata reads a do-file: CRLF or LF line ends,
 * {@code ///} joins a line with the next, comments ({@code * } lines, {@code //} after a blank,
 * nestable block comments) are removed, and {@code #delimit ;} switches the command terminator
 * from end-of-line to semicolon. Quoted strings protect their content.
 */
public final class SourceReader {
    private final String file;
    private final List<String> lines;
    private final List<SourceLine> out = new ArrayList<>();

    private StringBuilder text = new StringBuilder();
    private List<SourceLine.Segment> segments = new ArrayList<>();
    private int startLine = -1;
    private boolean semicolonMode;
    private int commentDepth;
    private boolean starComment;

    private SourceReader(String file, String source) {
        this.file = file;
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        this.lines = List.of(s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    public static SourceFile read(String file, String source) {
        SourceReader r = new SourceReader(file, source);
        r.run();
        return new SourceFile(file, r.lines, List.copyOf(r.out));
    }

    private void run() {
        for (int i = 0; i < lines.size(); i++) {
            scanLine(lines.get(i), i + 1);
        }
        emit();
    }

    private void scanLine(String line, int lineNo) {
        int segStart = 0;
        boolean continued = false;
        boolean inString = false;
        int compound = 0;
        if (commentDepth == 0 && !starComment && text.toString().isBlank()) {
            String t = line.strip();
            if (t.startsWith("*")) {
                starComment = true;
            } else if (!semicolonMode && isDelimit(t)) {
                semicolonMode = t.matches("#\\s*d(e(l(i(m(i(t)?)?)?)?)?)?\\s*;.*");
                return;
            }
        }
        int i = 0;
        int n = line.length();
        StringBuilder piece = new StringBuilder();
        while (i < n) {
            char c = line.charAt(i);
            char next = i + 1 < n ? line.charAt(i + 1) : '\0';
            if (commentDepth > 0) {
                if (c == '*' && next == '/') {
                    commentDepth--;
                    i += 2;
                    if (commentDepth == 0) {
                        piece.append(' ');
                    }
                } else if (c == '/' && next == '*') {
                    commentDepth++;
                    i += 2;
                } else {
                    i++;
                }
                continue;
            }
            if (!inString && compound == 0) {
                if (c == '/' && next == '/' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    if (i + 2 < n && line.charAt(i + 2) == '/') {
                        continued = true;
                    }
                    break;
                }
                if (c == '/' && next == '*' && !starComment) {
                    commentDepth++;
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '`' && next == '"') {
                    compound++;
                    piece.append("`\"");
                    i += 2;
                    continue;
                } else if (semicolonMode && c == ';' && !starComment) {
                    append(piece, lineNo, segStart);
                    piece.setLength(0);
                    emit();
                    segStart = i + 1;
                    i++;
                    // after a command ends, a new one may start on the same line
                    String rest = line.substring(i).strip();
                    if (rest.startsWith("*") && text.length() == 0) {
                        starComment = true;
                    }
                    continue;
                }
            } else if (inString && c == '"') {
                inString = false;
            } else if (compound > 0 && c == '"' && next == '\'') {
                compound--;
                piece.append("\"'");
                i += 2;
                continue;
            } else if (compound > 0 && c == '`' && next == '"') {
                compound++;
                piece.append("`\"");
                i += 2;
                continue;
            }
            piece.append(c);
            i++;
        }
        if (!starComment) {
            append(piece, lineNo, segStart);
        }
        if (semicolonMode) {
            if (starComment && !continued) {
                // a * comment in ; mode runs to the next semicolon; keep it simple: to end of line
                starComment = false;
                text.setLength(0);
                segments.clear();
                startLine = -1;
            } else if (text.length() > 0) {
                text.append(' ');
            }
            if (isDelimit(text.toString().strip()) && text.toString().contains("cr")) {
                text.setLength(0);
                segments.clear();
                startLine = -1;
                semicolonMode = false;
            }
            return;
        }
        if (continued || commentDepth > 0) {
            if (text.length() > 0) {
                while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.setLength(text.length() - 1);
                }
                text.append(' ');
            }
            return;
        }
        if (starComment) {
            starComment = false;
            text.setLength(0);
            segments.clear();
            startLine = -1;
            return;
        }
        emit();
    }

    private static boolean isDelimit(String t) {
        return t.matches("#\\s*d(e(l(i(m(i(t)?)?)?)?)?)?(\\s.*|;.*|)");
    }

    private void append(StringBuilder piece, int lineNo, int col0) {
        if (piece.length() == 0) {
            return;
        }
        if (startLine < 0) {
            startLine = lineNo;
        }
        segments.add(new SourceLine.Segment(text.length(), lineNo, col0 + 1));
        text.append(piece);
    }

    private void emit() {
        String t = text.toString();
        if (semicolonMode && isDelimit(t.strip())) {
            // "#delimit cr;" ends semicolon mode; "#delimit ;" again changes nothing
            semicolonMode = !t.strip().matches("#\\s*d\\w*\\s+cr\\b.*");
            t = "";
        }
        if (!t.isBlank()) {
            String stripped = t.strip();
            int lead = t.indexOf(stripped);
            List<SourceLine.Segment> shifted = new ArrayList<>();
            for (SourceLine.Segment s : segments) {
                int start = Math.max(0, s.start() - lead);
                int col = s.column() + Math.max(0, lead - s.start());
                if (s.start() - lead < 0 && shifted.isEmpty()) {
                    shifted.add(new SourceLine.Segment(0, s.line(), col));
                } else if (s.start() - lead >= 0) {
                    shifted.add(new SourceLine.Segment(start, s.line(), s.column()));
                } else {
                    shifted.set(0, new SourceLine.Segment(0, s.line(), col));
                }
            }
            if (shifted.isEmpty()) {
                shifted.add(new SourceLine.Segment(0, startLine, 1));
            }
            out.add(new SourceLine(stripped, file, shifted.get(0).line(), List.copyOf(shifted)));
        }
        text = new StringBuilder();
        segments = new ArrayList<>();
        startLine = -1;
    }
}
