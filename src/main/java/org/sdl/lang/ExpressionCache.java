package org.sdl.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.lang.ast.Binary;
import org.sdl.lang.ast.Call;
import org.sdl.lang.ast.CoefRef;
import org.sdl.lang.ast.Expr;
import org.sdl.lang.ast.NameRef;
import org.sdl.lang.ast.NumberLit;
import org.sdl.lang.ast.StringLit;
import org.sdl.lang.ast.Subscript;
import org.sdl.lang.ast.Unary;

/**
 * Caches parsed expressions by their shape: numeric literals are replaced by placeholders before
 * the lookup, so {@code local s = 41 + 7} and {@code local s = 48 + 8} share one parse and a loop
 * that expands macros into different numbers each iteration parses once. The grammar stays the
 * only parser: a miss parses the placeholder text with it, a hit re-binds the numbers.
 */
final class ExpressionCache {
    private static final String PREFIX = "__sdlnum";
    private static final int CAPACITY = 4096;

    private static final Map<String, Expr> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Expr> e) {
            return size() > CAPACITY;
        }
    };

    private ExpressionCache() {}

    /** The parsed expression, through the cache when the text is simple enough to template. */
    static synchronized Expr parse(SourceLine line, java.util.function.Function<SourceLine, Expr> parser) {
        String text = line.text();
        if (text.indexOf('[') >= 0 || text.contains(PREFIX) || text.length() > 2000) {
            return parser.apply(line);
        }
        List<Double> numbers = new ArrayList<>();
        String shape = template(text, numbers);
        if (shape == null) {
            return parser.apply(line);
        }
        Expr t = CACHE.get(shape);
        if (t == null) {
            try {
                t = parser.apply(line.withText(shape));
            } catch (SyntaxError e) {
                // report the error on the user's own text, not on the template
                return parser.apply(line);
            }
            CACHE.put(shape, t);
        }
        return bind(t, numbers);
    }

    /** Text with each numeric literal replaced by __sdlnumK; null if a literal is malformed. */
    static String template(String text, List<Double> numbers) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    return null;
                }
                b.append(text, i, end + 1);
                i = end + 1;
                continue;
            }
            if (c == '`') {
                return null;
            }
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            boolean identChar = Character.isLetterOrDigit(prev) || prev == '_' || prev == '.';
            boolean startsNumber = Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)));
            if (startsNumber && !identChar) {
                int j = i;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '.') {
                    j++;
                    while (j < n && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                }
                if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
                    int k = j + 1;
                    if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
                        k++;
                    }
                    if (k < n && Character.isDigit(text.charAt(k))) {
                        j = k;
                        while (j < n && Character.isDigit(text.charAt(j))) {
                            j++;
                        }
                    }
                }
                if (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
                    return null;
                }
                int after = j;
                while (after < n && text.charAt(after) == ' ') {
                    after++;
                }
                if (after < n && text.charAt(after) == '(') {
                    // "2 (" is a syntax error, but a placeholder name before ( would read as a call
                    return null;
                }
                numbers.add(literal(text, i, j));
                b.append(PREFIX).append(numbers.size() - 1);
                i = j;
                continue;
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /** The value of a numeric literal; plain integers without going through a string. */
    private static double literal(String text, int from, int to) {
        if (to - from <= 15) {
            long v = 0;
            int i = from;
            while (i < to && Character.isDigit(text.charAt(i))) {
                v = 10 * v + (text.charAt(i) - '0');
                i++;
            }
            if (i == to) {
                return v;
            }
        }
        return Double.parseDouble(text.substring(from, to));
    }

    private static Expr bind(Expr e, List<Double> numbers) {
        if (e instanceof NameRef n && n.name().startsWith(PREFIX)) {
            String name = n.name();
            int k = 0;
            for (int i = PREFIX.length(); i < name.length(); i++) {
                k = 10 * k + (name.charAt(i) - '0');
            }
            return new NumberLit(numbers.get(k), n.span());
        }
        if (e instanceof Unary u) {
            return new Unary(u.op(), bind(u.operand(), numbers), u.span());
        }
        if (e instanceof Binary b) {
            return new Binary(b.op(), bind(b.left(), numbers), bind(b.right(), numbers), b.span());
        }
        if (e instanceof Call c) {
            List<Expr> args = new ArrayList<>(c.args().size());
            for (Expr a : c.args()) {
                args.add(bind(a, numbers));
            }
            return new Call(c.function(), args, c.span());
        }
        if (e instanceof Subscript s) {
            return new Subscript(s.name(), bind(s.index(), numbers), s.column() == null ? null : bind(s.column(), numbers),
                s.span());
        }
        if (e instanceof NumberLit || e instanceof StringLit || e instanceof NameRef || e instanceof CoefRef) {
            return e;
        }
        return e;
    }
}
