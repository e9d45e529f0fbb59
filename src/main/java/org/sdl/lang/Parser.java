package org.sdl.lang;

import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.sdl.lang.antlr.SdlLexer;
import org.sdl.lang.antlr.SdlParser;
import org.sdl.lang.ast.CommandCall;
import org.sdl.lang.ast.Expr;

/**
 * The one entry point to the grammar (Trino's SqlParser): throwing error listeners, no token
 * repair, SLL first and full LL only when SLL fails, stack overflow turned into a clear error.
 * Positions are reported in the original file through the {@link SourceLine}.
 */
public final class Parser {
    private Parser() {}

    /** Parses one command (prefixes already removed) in the uniform command shape. */
    public static CommandCall command(SourceLine line) {
        SdlParser p = parser(line);
        SdlParser.CommandContext ctx = run(p, line, p::command);
        return new AstBuilder(line).command(ctx);
    }

    /** Parses {@code cmd exp [if] [in] [, options]} (assert); the expression is in assigned(). */
    public static CommandCall expressionCommand(SourceLine line) {
        SdlParser p = parser(line);
        SdlParser.ExpressionCommandContext ctx = run(p, line, p::expressionCommand);
        return new AstBuilder(line).expressionCommand(ctx);
    }

    /** Parses a lone expression (if command, while, assert, local x = exp). */
    public static Expr expression(SourceLine line) {
        return ExpressionCache.parse(line, Parser::parseExpression);
    }

    /** The grammar without the shape cache (the cache's reference; tests compare the two). */
    static Expr parseExpression(SourceLine line) {
        SdlParser p = parser(line);
        SdlParser.ExpressionContext ctx = run(p, line, p::expression);
        return new AstBuilder(line).visit(ctx.expr());
    }

    /** Parses display's item list into formatted and plain expressions. */
    public static List<AstBuilder.DisplayItem> displayItems(SourceLine line) {
        SdlParser p = parser(line);
        SdlParser.DisplayItemsContext ctx = run(p, line, p::displayItems);
        return new AstBuilder(line).displayItems(ctx);
    }

    private static SdlParser parser(SourceLine line) {
        SdlLexer lexer = new SdlLexer(CharStreams.fromString(line.text()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new Thrower(line));
        SdlParser p = new SdlParser(new CommonTokenStream(lexer));
        p.removeErrorListeners();
        p.addErrorListener(new Thrower(line));
        return p;
    }

    private static <T> T run(SdlParser p, SourceLine line, java.util.function.Supplier<T> rule) {
        try {
            try {
                p.getInterpreter().setPredictionMode(PredictionMode.SLL);
                p.setErrorHandler(new BailErrorStrategy());
                return rule.get();
            } catch (ParseCancellationException ex) {
                p.reset();
                p.getInterpreter().setPredictionMode(PredictionMode.LL);
                p.setErrorHandler(new DefaultErrorStrategy() {
                    @Override
                    public void recover(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {
                        throw new ParseCancellationException(e);
                    }

                    @Override
                    public Token recoverInline(org.antlr.v4.runtime.Parser recognizer) {
                        reportError(recognizer, new org.antlr.v4.runtime.InputMismatchException(recognizer));
                        throw new ParseCancellationException("mismatch");
                    }

                    @Override
                    public void sync(org.antlr.v4.runtime.Parser recognizer) {
                    }
                });
                return rule.get();
            }
        } catch (StackOverflowError e) {
            throw new SyntaxError("expression is too deeply nested", line.spanAt(0),
                line.text(), 130);
        }
    }

    /** Turns the first ANTLR error into a SyntaxError at the offending token. */
    private static final class Thrower extends BaseErrorListener {
        private final SourceLine line;

        Thrower(SourceLine line) {
            this.line = line;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int l, int col,
                                String msg, RecognitionException e) {
            String near;
            if (offending instanceof Token t) {
                near = t.getType() == Token.EOF ? "end of line" : "'" + t.getText() + "'";
            } else {
                near = "here";
            }
            String text = line.text();
            int offset = Math.min(col, text.length());
            String message = offending instanceof Token t && t.getType() == Token.EOF
                ? "invalid syntax: unexpected end of command"
                : "invalid syntax near " + near;
            throw new SyntaxError(message, line.spanAt(offset), text, 198, offset);
        }
    }
}
