package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sdl.lang.SourceLine;

/**
 * Groups logical lines into statements: a line ending in {@code {} opens a block closed by a
 * line starting with {@code }}; {@code } else [if ...] {} continues an if chain;
 * {@code program [define] name} and {@code input [varlist]} run to {@code end} (a program also to
 * {@code end program}); a {@code mata} or {@code mata:} line opens Mata code that runs to {@code end}.
 */
public final class BlockParser {
    private static final Pattern PROGRAM = Pattern.compile(
        "^(?:(?:cap(?:t(?:u(?:r(?:e)?)?)?)?|qui(?:e(?:t(?:l(?:y)?)?)?)?|noi(?:s(?:i(?:l(?:y)?)?)?)?)\\s+)*pr(?:o(?:g(?:r(?:a(?:m)?)?)?)?)?(\\s+.*|)$");
    private static final Pattern PROGRAM_NOT_DEFINE = Pattern.compile(
        "^(?:\\S+\\s+)*pr\\w*\\s+(drop|dir|list|l|li|lis)\\b.*");

    /** input (inp, inpu), after any prefixes: its data lines run to end. */
    private static final Pattern INPUT = Pattern.compile(
        "^(?:(?:cap\\w*|qui\\w*|noi\\w*)\\s+)*inp(?:u(?:t)?)?(?:\\s+[^=]*)?$");

    /** mata or mata: alone on a line (after prefixes; mata, strict too): Mata code runs to end. */
    private static final Pattern MATA_BLOCK = Pattern.compile(
        "^(?:(?:cap\\w*|qui\\w*|noi\\w*|n)\\s*:?\\s+)*mata\\s*(?::|,\\s*\\w+)?\\s*$");

    /** program name, plugin using(...): a plugin declaration, which has no body and no end. */
    private static final Pattern PLUGIN = Pattern.compile("^(?:\\S+\\s+)*pr\\w*\\s+[^,]*,.*\\bplugin\\b.*");

    private final List<SourceLine> lines;
    private int pos;

    private BlockParser(List<SourceLine> lines) {
        this.lines = lines;
    }

    public static List<Statement> parse(List<SourceLine> lines) {
        BlockParser p = new BlockParser(lines);
        List<Statement> out = p.sequence(false);
        return out;
    }

    private List<Statement> sequence(boolean inBlock) {
        List<Statement> out = new ArrayList<>();
        while (pos < lines.size()) {
            SourceLine l = lines.get(pos);
            String t = l.text().strip();
            if (t.startsWith("}")) {
                if (!inBlock) {
                    throw new SdlError(198, "unexpected }: no block is open", l.span());
                }
                return out;
            }
            if (isProgramDefine(t)) {
                out.add(program(l));
                continue;
            }
            if (isInput(t)) {
                out.add(input(l));
                continue;
            }
            if (isMataBlock(t)) {
                out.add(new Statement.MataBlock(l, untilEnd(l, "mata")));
                continue;
            }
            if (t.matches("else\\b.*")) {
                throw new SdlError(198, "else without a preceding if", l.span());
            }
            if (isIf(t) && !opens(t)) {
                out.add(ifChain());
                continue;
            }
            if (opens(t)) {
                if (isIf(t)) {
                    out.add(ifChain());
                } else {
                    pos++;
                    List<Statement> body = sequence(true);
                    closeBrace(l);
                    out.add(new Statement.Block(l, body));
                }
                continue;
            }
            out.add(new Statement.Simple(l));
            pos++;
        }
        if (inBlock) {
            throw new SdlError(198, "unexpected end of file: a { block is not closed", lines.get(lines.size() - 1).span());
        }
        return out;
    }

    private Statement ifChain() {
        SourceLine first = lines.get(pos);
        List<SourceLine> conds = new ArrayList<>();
        List<List<Statement>> branches = new ArrayList<>();
        List<SourceLine> inline = new ArrayList<>();
        SourceLine arm = first;
        String armText = first.text().strip();
        while (true) {
            boolean isElse = !armText.matches("if\\b.*");
            boolean block = opens(armText);
            pos++;
            if (block) {
                conds.add(isElse ? null : arm.withText(armText));
                inline.add(null);
                branches.add(sequence(true));
                if (pos >= lines.size()) {
                    throw new SdlError(198, "unexpected end of file: if block is not closed", first.span());
                }
                SourceLine close = lines.get(pos);
                String after = close.text().strip().substring(1).strip();
                if (!after.isEmpty()) {
                    if (isElse || !after.matches("else\\b.*")) {
                        throw new SdlError(198, "unexpected text after }: " + after, close.span());
                    }
                    arm = close;
                    armText = after.substring(4).strip();
                    if (armText.isEmpty()) {
                        throw new SdlError(198, "else: { or a command required", close.span());
                    }
                    continue;
                }
                pos++;
            } else {
                SourceLine l = arm.withText(armText);
                conds.add(isElse ? null : l);
                inline.add(l);
                branches.add(List.of(new Statement.Simple(l)));
            }
            if (isElse || pos >= lines.size()) {
                break;
            }
            String t = lines.get(pos).text().strip();
            if (!t.matches("else\\b.*")) {
                break;
            }
            arm = lines.get(pos);
            armText = t.substring(4).strip();
            if (armText.isEmpty()) {
                throw new SdlError(198, "else: { or a command required", arm.span());
            }
        }
        return new Statement.IfChain(first, conds, branches, inline);
    }

    private void closeBrace(SourceLine opener) {
        if (pos >= lines.size()) {
            throw new SdlError(198, "unexpected end of file: { opened here is not closed", opener.span());
        }
        String t = lines.get(pos).text().strip();
        if (!t.equals("}")) {
            throw new SdlError(198, "unexpected text after }: " + t.substring(1).strip(), lines.get(pos).span());
        }
        pos++;
    }

    private Statement program(SourceLine header) {
        return new Statement.ProgramBlock(header, untilEnd(header, "program"));
    }

    private Statement input(SourceLine header) {
        return new Statement.InputBlock(header, untilEnd(header, "input"));
    }

    /** The raw lines after header up to a line "end" (consumed); r(198) when there is none. */
    private List<SourceLine> untilEnd(SourceLine header, String what) {
        pos++;
        List<SourceLine> body = new ArrayList<>();
        boolean program = what.equals("program");
        int mataDepth = 0;
        while (pos < lines.size()) {
            SourceLine l = lines.get(pos);
            pos++;
            String t = l.text().strip();
            if (program && isMataBlock(t)) {
                mataDepth++;
            } else if (mataDepth > 0 && t.equals("end")) {
                // the end of a mata block inside the program body, not of the program
                mataDepth--;
            } else if (t.equals("end") || program && t.matches("end\\s+program\\b.*")) {
                return body;
            }
            body.add(l);
        }
        throw new SdlError(198, what + " without end", header.span());
    }

    static boolean isInput(String t) {
        return INPUT.matcher(t).matches();
    }

    static boolean isMataBlock(String t) {
        return MATA_BLOCK.matcher(t).matches();
    }

    static boolean isProgramDefine(String t) {
        return PROGRAM.matcher(t).matches() && !PLUGIN.matcher(t).matches() && !PROGRAM_NOT_DEFINE.matcher(t).matches()
            && !t.matches("^(?:\\S+\\s+)*pr\\w*\\s*$");
    }

    static boolean opens(String t) {
        return t.endsWith("{") && !t.endsWith("`{") && !t.endsWith("\"{");
    }

    private static boolean isIf(String t) {
        return t.matches("if\\b.*");
    }

    /** Whether text typed so far leaves a block or program open (for the REPL). */
    public static boolean isComplete(List<SourceLine> lines) {
        int depth = 0;
        boolean inProgram = false;
        for (SourceLine l : lines) {
            String t = l.text().strip();
            if (inProgram) {
                if (t.equals("end") || t.matches("end\\s+program\\b.*")) {
                    inProgram = false;
                }
                continue;
            }
            if (isProgramDefine(t) || isInput(t) || isMataBlock(t)) {
                inProgram = true;
                continue;
            }
            if (t.startsWith("}")) {
                depth--;
            }
            if (opens(t)) {
                depth++;
            }
        }
        return depth <= 0 && !inProgram;
    }
}
