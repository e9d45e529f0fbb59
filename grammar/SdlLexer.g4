/*
 * Tokens of one sdl command line, after the source reader has joined continuations, removed
 * comments and expanded macros. Command names are NOT keywords: only the words Stata reserves
 * inside a command (if, in, using) are.
 */
lexer grammar SdlLexer;

IF      : 'if' ;
IN      : 'in' ;
USING   : 'using' ;

OROR    : '||' ;
OR      : '|' ;
AND     : '&' ;
EQEQ    : '==' ;
NE      : '!=' | '~=' ;
LE      : '<=' ;
GE      : '>=' ;
LT      : '<' ;
GT      : '>' ;
EQ      : '=' ;
NOT     : '!' | '~' ;
PLUS    : '+' ;
MINUS   : '-' ;
MUL     : '*' ;
DIV     : '/' ;
POW     : '^' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
COMMA   : ',' ;
COLON   : ':' ;
HASH    : '#' ;

/* %9.2f, %-12s, %9.0gc, %td, %tcDD/NN/CCYY: a display format (never an operator: Stata has no %). */
FORMAT  : '%' '-'? [0-9]* ('.' [0-9]+)? [a-zA-Z] [a-zA-Z0-9/:_.,!+\-]* ;

NUMBER  : DIGITS ('.' [0-9]*)? EXPONENT?
        | '.' DIGITS EXPONENT?
        ;
/* . and .a ... .z; ".a" is missing only when not followed by a name character. */
MISSING : '.' [a-z]? ;

/* L.x, L2.x, F.x, D.x, S12.x: a time-series operator and its variable, kept as one name (the
 * longest match beats NAME; nothing else in the language puts a name right after such a prefix). */
TSNAME  : [LlFfDdSs] [0-9]* '.' [a-zA-Z_] [a-zA-Z0-9_]* ;
NAME    : [a-zA-Z_] [a-zA-Z0-9_]* ;

STRING  : '"' ~["\r\n]* '"' ;
/* Compound double quotes `"..."' may hold plain double quotes. */
CSTRING : '`"' ( CSTRING | . )*? '"\'' ;

WS      : [ \t\r\n]+ -> channel(HIDDEN) ;
/* Anything else (backquotes of an unexpanded macro in --check, $, @, ...) is still a token, so
 * argument lists of any command lex; the binder decides whether it is acceptable. */
OTHER   : . ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;
