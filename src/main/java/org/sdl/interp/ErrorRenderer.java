package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import org.sdl.lang.SourceSpan;
import org.sdl.lang.SyntaxError;

/** Formats user errors: {@code file:line: message}, the source line with a caret, {@code r(code);}. */
final class ErrorRenderer {
    private ErrorRenderer() {}

    static List<String> render(SdlError e, Interpreter interp) {
        if (e instanceof SyntaxFailure sf) {
            return render(sf.syntaxError(), interp);
        }
        List<String> out = new ArrayList<>();
        SourceSpan s = e.span();
        out.add((s == null ? "" : s.where() + ": ") + e.getMessage());
        out.add("r(" + e.code() + ");");
        return out;
    }

    static List<String> render(SyntaxError e, Interpreter interp) {
        List<String> out = new ArrayList<>();
        SourceSpan s = e.span();
        out.add(s.where() + ": " + e.getMessage());
        String physical = interp.physicalLine(s.file(), s.line());
        if (physical != null && s.column() > 0 && physical.length() >= s.column() - 1) {
            out.add("    " + physical.stripTrailing());
            out.add("    " + physical.substring(0, s.column() - 1).replaceAll("[^\t]", " ") + "^");
        } else if (e.sourceText() != null) {
            out.add("    " + e.sourceText());
            if (e.offset() >= 0) {
                out.add("    " + " ".repeat(e.offset()) + "^");
            }
        }
        out.add("r(" + e.code() + ");");
        return out;
    }
}
