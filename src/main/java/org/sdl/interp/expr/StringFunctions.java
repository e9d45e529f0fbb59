package org.sdl.interp.expr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sdl.data.Missing;
import org.sdl.output.Names;
import org.sdl.interp.SdlError;
import org.sdl.output.StataFormat;

/** String functions, with Stata's 1-based positions and its rules for missing arguments. */
final class StringFunctions {
    private StringFunctions() {}

    /** Last successful regexm() match, for regexs() (Stata keeps it per session). */
    private static final ThreadLocal<Matcher> LAST_MATCH = new ThreadLocal<>();

    static Node make(String name, List<Node> a, FunctionCompiler fc) {
        switch (name) {
            case "strlen": case "length": case "ustrlen":
                fc.arity(1, 1);
                return Nodes.num(r -> a.get(0).str(r).length());
            case "upper": case "strupper": case "ustrupper":
                fc.arity(1, 1);
                return Nodes.str(r -> a.get(0).str(r).toUpperCase());
            case "lower": case "strlower": case "ustrlower":
                fc.arity(1, 1);
                return Nodes.str(r -> a.get(0).str(r).toLowerCase());
            case "proper": case "strproper":
                fc.arity(1, 1);
                return Nodes.str(r -> proper(a.get(0).str(r)));
            case "strtrim": case "trim": case "ustrtrim":
                fc.arity(1, 1);
                return Nodes.str(r -> a.get(0).str(r).strip());
            case "ltrim": case "strltrim":
                fc.arity(1, 1);
                return Nodes.str(r -> a.get(0).str(r).stripLeading());
            case "rtrim": case "strrtrim":
                fc.arity(1, 1);
                return Nodes.str(r -> a.get(0).str(r).stripTrailing());
            case "itrim": case "stritrim":
                fc.arity(1, 1);
                return Nodes.str(r -> a.get(0).str(r).replaceAll(" {2,}", " "));
            case "strreverse":
                fc.arity(1, 1);
                return Nodes.str(r -> new StringBuilder(a.get(0).str(r)).reverse().toString());
            case "substr": case "usubstr": case "substring":
                fc.arity(3, 3);
                return Nodes.str(r -> substr(a.get(0).str(r), a.get(1).num(r), a.get(2).num(r)));
            case "strpos": case "ustrpos":
                fc.arity(2, 2);
                return Nodes.num(r -> a.get(0).str(r).indexOf(a.get(1).str(r)) + 1);
            case "strrpos":
                fc.arity(2, 2);
                return Nodes.num(r -> a.get(0).str(r).lastIndexOf(a.get(1).str(r)) + 1);
            case "strmatch":
                fc.arity(2, 2);
                return Nodes.num(r -> Nodes.bool(org.sdl.data.VariableMatcher.wildcard(a.get(1).str(r))
                    .matcher(a.get(0).str(r)).matches()));
            case "subinstr":
                fc.arity(4, 4);
                return Nodes.str(r -> subinstr(a.get(0).str(r), a.get(1).str(r), a.get(2).str(r), a.get(3).num(r)));
            case "subinword":
                fc.arity(4, 4);
                return Nodes.str(r -> a.get(0).str(r).replaceAll("\\b" + Pattern.quote(a.get(1).str(r)) + "\\b",
                    Matcher.quoteReplacement(a.get(2).str(r))));
            case "word":
                fc.arity(2, 2);
                return Nodes.str(r -> word(a.get(0).str(r), a.get(1).num(r)));
            case "wordcount":
                fc.arity(1, 1);
                return Nodes.num(r -> {
                    String s = a.get(0).str(r).strip();
                    return s.isEmpty() ? 0 : s.split("\\s+").length;
                });
            case "real":
                fc.arity(1, 1);
                return Nodes.num(r -> real(a.get(0).str(r)));
            case "string": case "strofreal":
                fc.arity(1, 2);
                if (a.size() == 2) {
                    return Nodes.str(r -> {
                        StataFormat f = StataFormat.parse(a.get(1).str(r));
                        double v = a.get(0).num(r);
                        return f == null ? "" : f.formatBare(v).strip();
                    });
                }
                return Nodes.str(r -> StataFormat.parse("%9.0g").formatBare(a.get(0).num(r)));
            case "char": case "uchar":
                fc.arity(1, 1);
                return Nodes.str(r -> {
                    double v = a.get(0).num(r);
                    return Missing.isMissing(v) ? "" : String.valueOf((char) (int) v);
                });
            case "regexm": case "ustrregexm":
                fc.arity(2, 2);
                return Nodes.num(r -> regexm(a.get(0).str(r), a.get(1).str(r)));
            case "regexr": case "ustrregexrf":
                fc.arity(3, 3);
                return Nodes.str(r -> compile(a.get(1).str(r)).matcher(a.get(0).str(r))
                    .replaceFirst(Matcher.quoteReplacement(a.get(2).str(r))));
            case "regexs": case "ustrregexs":
                fc.arity(1, 1);
                return Nodes.str(r -> {
                    Matcher m = LAST_MATCH.get();
                    int g = (int) a.get(0).num(r);
                    return m == null || g < 0 || g > m.groupCount() || m.group(g) == null ? "" : m.group(g);
                });
            case "abbrev":
                fc.arity(2, 2);
                return Nodes.str(r -> {
                    String s = a.get(0).str(r);
                    double n = a.get(1).num(r);
                    return Missing.isMissing(n) ? s : Names.abbreviate(s, (int) n); // missing n: the whole name
                });
            case "plural":
                fc.arity(2, 3);
                return Nodes.str(r -> a.get(0).num(r) == 1 ? a.get(1).str(r)
                    : a.size() > 2 ? a.get(2).str(r) : a.get(1).str(r) + "s");
            case "strdup":
                fc.arity(2, 2);
                return Nodes.str(r -> a.get(0).str(r).repeat(Math.max(0, (int) a.get(1).num(r))));
            default:
                return null;
        }
    }

    static String proper(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean up = true;
        for (char c : s.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** substr(s, n1, n2): n1 &lt; 0 counts from the end; n2 missing means to the end. */
    static String substr(String s, double n1, double n2) {
        if (Missing.isMissing(n1)) {
            return "";
        }
        int len = s.length();
        int start = n1 < 0 ? len + (int) n1 : (int) n1 - 1;
        if (start < 0 || start >= len || n1 == 0) {
            return "";
        }
        int count = Missing.isMissing(n2) ? len - start : (int) n2;
        if (count <= 0) {
            return "";
        }
        return s.substring(start, Math.min(len, start + count));
    }

    static String subinstr(String s, String from, String to, double n) {
        if (from.isEmpty()) {
            return s;
        }
        if (Missing.isMissing(n)) {
            return s.replace(from, to);
        }
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int k = 0; k < (int) n; k++) {
            int i = s.indexOf(from, pos);
            if (i < 0) {
                break;
            }
            b.append(s, pos, i).append(to);
            pos = i + from.length();
        }
        return b.append(s.substring(pos)).toString();
    }

    static String word(String s, double n) {
        String t = s.strip();
        if (t.isEmpty() || Missing.isMissing(n)) {
            return "";
        }
        String[] w = t.split("\\s+");
        int i = n < 0 ? w.length + (int) n : (int) n - 1;
        return i >= 0 && i < w.length ? w[i] : "";
    }

    static double real(String s) {
        String t = s.strip();
        if (t.length() <= 2 && t.startsWith(".")) {
            if (t.equals(".")) {
                return Missing.DOT;
            }
            char c = t.charAt(1);
            if (c >= 'a' && c <= 'z') {
                return Missing.extended(c);
            }
        }
        try {
            return Missing.normalize(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Missing.DOT;
        }
    }

    private static Pattern compile(String re) {
        try {
            return Pattern.compile(re);
        } catch (PatternSyntaxException e) {
            throw new SdlError(198, "invalid regular expression: " + re);
        }
    }

    static double regexm(String s, String re) {
        Matcher m = compile(re).matcher(s);
        if (m.find()) {
            LAST_MATCH.set(m);
            return 1;
        }
        LAST_MATCH.remove();
        return 0;
    }
}
