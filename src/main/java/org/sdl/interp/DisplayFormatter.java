package org.sdl.interp;

import java.util.List;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.lang.AstBuilder.DisplayItem;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;
import org.sdl.lang.ast.Call;
import org.sdl.lang.ast.NameRef;
import org.sdl.output.StataFormat;

/**
 * Renders display's directives into text: strings, expressions (with an optional %fmt),
 * {@code _col(#)}, {@code _skip(#)}, {@code _newline[(#)]}, {@code _dup(#)}, {@code _char(#)},
 * {@code as text|result|error|input} (styles are accepted; output is plain text), {@code _continue}.
 */
public final class DisplayFormatter {
    private final Session session;
    private boolean continued;

    public DisplayFormatter(Session session) {
        this.session = session;
    }

    /** True when the last render ended with _continue (no newline wanted). */
    public boolean continued() {
        return continued;
    }

    public String render(SourceLine line) {
        continued = false;
        if (line.text().isBlank()) {
            return "";
        }
        List<DisplayItem> items = Parser.displayItems(line);
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        int dup = -1;
        for (int i = 0; i < items.size(); i++) {
            DisplayItem item = items.get(i);
            if (item.expr() == null) {
                continue;
            }
            if (item.format() == null && item.expr() instanceof NameRef n && isDirectiveName(n.name())) {
                String name = n.name();
                if (name.equals("as") || name.equals("in")) {
                    i++;
                    continue;
                }
                if (name.startsWith("_n")) {
                    out.append('\n');
                    lineStart = out.length();
                } else if (name.equals("_continue") || name.equals("_c")) {
                    continued = true;
                }
                continue;
            }
            if (item.format() == null && item.expr() instanceof Call c && isDirectiveName(c.function())) {
                int arg = c.args().isEmpty() ? 1 : (int) ExprCompiler.evaluate(c.args().get(0), session).number();
                String f = c.function();
                if (f.startsWith("_col")) {
                    while (out.length() - lineStart < arg - 1) {
                        out.append(' ');
                    }
                } else if (f.startsWith("_s")) {
                    out.append(" ".repeat(Math.max(0, arg)));
                } else if (f.startsWith("_n")) {
                    out.append("\n".repeat(Math.max(0, arg)));
                    lineStart = out.length();
                } else if (f.equals("_dup")) {
                    dup = arg;
                } else if (f.equals("_char")) {
                    out.append((char) arg);
                }
                continue;
            }
            String text = value(item);
            if (dup >= 0) {
                text = text.repeat(dup);
                dup = -1;
            }
            out.append(text);
            int nl = text.lastIndexOf('\n');
            if (nl >= 0) {
                lineStart = out.length() - (text.length() - nl - 1);
            }
        }
        return out.toString();
    }

    private static boolean isDirectiveName(String n) {
        switch (n) {
            case "as": case "in": case "_n": case "_newline": case "_new": case "_newl": case "_col":
            case "_column": case "_skip": case "_s": case "_dup": case "_char": case "_continue":
            case "_c": case "_newli": case "_newlin": case "_colu": case "_colum": case "_sk":
            case "_ski":
                return true;
            default:
                return false;
        }
    }

    private String value(DisplayItem item) {
        Node n = ExprCompiler.compile(item.expr(), session,
            EvalContext.whole(session.data().nObs()));
        if (item.format() != null) {
            StataFormat f = StataFormat.parse(item.format());
            if (f == null) {
                throw new SdlError(120, "invalid %format " + item.format());
            }
            return n.isString() ? f.format(n.str(0)) : f.format(n.num(0));
        }
        return n.isString() ? n.str(0) : StataFormat.displayDefault(n.num(0));
    }
}
