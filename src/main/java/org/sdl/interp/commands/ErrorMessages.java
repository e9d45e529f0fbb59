package org.sdl.interp.commands;

/** Stata's standard messages for return codes raised with {@code error #}. */
final class ErrorMessages {
    private ErrorMessages() {}

    static String forCode(int code) {
        switch (code) {
            case 1: return "--Break--";
            case 9: return "assertion is false";
            case 100: return "varlist required";
            case 101: return "varlist not allowed";
            case 102: return "too few variables specified";
            case 103: return "too many variables specified";
            case 109: return "type mismatch";
            case 110: return "already defined";
            case 111: return "variable not found";
            case 119: return "statement out of context";
            case 130: return "expression too long";
            case 197: return "invalid syntax";
            case 198: return "invalid syntax";
            case 199: return "unrecognized command";
            case 301: return "last estimates not found";
            case 303: return "equation not found";
            case 400: return "invalid value";
            case 430: return "convergence not achieved";
            case 450: return "variable is not a 0/1 variable";
            case 459: return "something that should be true of your data is not";
            case 480: return "starting values invalid or some RHS variables have missing values";
            case 481: return "equation not identified";
            case 498: return "invalid value";
            case 503: return "conformability error";
            case 504: return "matrix has missing values";
            case 601: return "file not found";
            case 602: return "file already exists";
            case 603: return "file could not be opened";
            case 610: return "file not Stata format";
            case 900: return "no room to add more variables";
            case 2000: return "no observations";
            case 2001: return "insufficient observations";
            default: return "error " + code;
        }
    }
}
