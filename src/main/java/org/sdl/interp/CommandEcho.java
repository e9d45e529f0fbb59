package org.sdl.interp;

import org.sdl.lang.SourceFile;

/**
 * Writes a script's commands into the log as Stata's log shows them (checked against published
 * Stata text logs): each command after ". ", a line continued with /// on "> ", the lines of a
 * loop or if-block numbered from 2 ("  2. ") and those of a program body from 1, blank and
 * comment lines as ". " + the line with no blank line after them, and a blank line after the
 * output of every real command. The command log gets the commands alone.
 */
final class CommandEcho {
    private CommandEcho() {}

    /**
     * Echoes the comment and blank lines in [from, statement start), then the statement's own
     * lines; returns the statement's last physical line (its last line that is not comment).
     */
    static int echo(Output out, SourceFile src, Statement s, int from, int nextStart) {
        int start = s.line().line();
        for (int n = from; n < start; n++) {
            out.logOnly(". " + src.physicalLine(n).stripTrailing() + "\n");
        }
        int end = start;
        for (int n = start; n < nextStart && n <= src.physicalLines().size(); n++) {
            if (!isComment(src.physicalLine(n))) {
                end = n;
            }
        }
        int number = s instanceof Statement.ProgramBlock ? 0 : 1;
        boolean continued = false;
        StringBuilder cmd = new StringBuilder();
        for (int n = start; n <= end; n++) {
            String text = src.physicalLine(n).stripTrailing();
            String prefix;
            if (n == start) {
                prefix = ". ";
            } else if (continued) {
                prefix = "> ";
            } else {
                number++;
                prefix = String.format("%3d. ", number);
            }
            out.logOnly(prefix + text + "\n");
            cmd.append(n == start ? "" : "\n").append(text);
            continued = text.endsWith("///");
        }
        out.cmdlogWrite(cmd + "\n");
        return end;
    }

    /** Lines after the last statement (trailing comments), echoed like those between commands. */
    static void trailing(Output out, SourceFile src, int from) {
        for (int n = from; n <= src.physicalLines().size(); n++) {
            out.logOnly(". " + src.physicalLine(n).stripTrailing() + "\n");
        }
    }

    static boolean isComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("*") || t.startsWith("//");
    }
}
