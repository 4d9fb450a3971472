package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Invocations of the supported standard macros, with `()`, `[]` or `{}` delimiters. Arguments are
 * expressions (`name = expr` for named ones); `vec![e; n]` sets {@code repeat}; `matches!` takes a
 * pattern and optional guard. Any other macro is refused as unsupported.
 */
abstract class MacroParser extends PrimaryParser {
    static final Set<String> SUPPORTED = Set.of("println", "print", "eprintln", "eprint", "format", "write",
            "writeln", "panic", "assert", "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq",
            "debug_assert_ne", "unreachable", "todo", "unimplemented", "vec", "matches", "dbg");

    MacroParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    @Override
    Expr parseMacroCall(Path path) {
        Span lo = path.span();
        Ident name = path.last().name();
        bump(); // `!`
        boolean stdPrefix = path.segments().subList(0, path.segments().size() - 1).stream()
                .allMatch(s -> List.of("std", "core", "alloc").contains(s.name().name()));
        if (!stdPrefix || !SUPPORTED.contains(name.name()) || !path.last().args().isEmpty()) {
            throw fail(Diagnostic.unsupported(from(lo), "macro `" + name.name() + "!`"));
        }
        TokenKind close = switch (bump().kind()) {
            case OPEN_BRACKET -> TokenKind.CLOSE_BRACKET;
            case OPEN_BRACE -> TokenKind.CLOSE_BRACE;
            default -> TokenKind.CLOSE_PAREN;
        };
        if (name.name().equals("matches")) return parseMatches(lo, name, close);
        if (name.name().equals("dbg")) return parseDbg(lo, close);
        List<Expr.MacroArg> args = new ArrayList<>();
        boolean repeat = false;
        while (!check(close)) {
            Token t = tok();
            Span alo = t.span();
            Ident argName = null;
            if (t.isPlainIdent() && peek(1).is(TokenKind.EQ)) {
                bump();
                bump();
                argName = new Ident(t.text(), t.span());
            }
            if (argName == null && inlinesFormatArgs(name.name(), args)) {
                // `print!("{}", format_args!("…", a))` prints as `print!("…", a)`: no String in between.
                args.remove(args.size() - 1);
                args.addAll(formatArgsCall());
                eat(TokenKind.COMMA);
                if (!check(close)) {
                    expecting("`)`");
                    throw unexpected();
                }
                break;
            }
            Expr value = parseExpr();
            args.add(new Expr.MacroArg(from(alo), argName, value));
            if (name.name().equals("vec") && args.size() == 1 && argName == null && eat(TokenKind.SEMI)) {
                Span clo = tok().span();
                Expr count = parseExpr();
                args.add(new Expr.MacroArg(from(clo), null, count));
                repeat = true;
                break;
            }
            if (!eat(TokenKind.COMMA)) {
                if (!check(close)) {
                    expecting("an operator");
                    throw unexpected();
                }
                break;
            }
        }
        Span closeSpan = tok().span();
        expect(close);
        checkArity(name.name(), args.size(), from(lo), closeSpan);
        return new Expr.MacroCall(id(), from(lo), name, args, repeat, null, null);
    }

    /**
     * Whether the next argument is a `format_args!(…)` that is the only argument of a plain `"{}"`
     * template (the one case heaplab inlines; `format_args!` anywhere else stays refused).
     */
    private boolean inlinesFormatArgs(String macro, List<Expr.MacroArg> before) {
        int template = switch (macro) {
            case "println", "print", "eprintln", "eprint", "format" -> 0;
            case "write", "writeln" -> 1;
            default -> -1;
        };
        return template >= 0 && before.size() == template + 1 && tok().isWord("format_args") && peek(1).is(TokenKind.NOT)
                && before.get(template).value() instanceof Expr.Lit l && l.value() instanceof Expr.LitValue.Str str
                && str.value().equals("{}") && !(peekAfterMacro().is(TokenKind.DOT) || peekAfterMacro().is(TokenKind.QUESTION));
    }

    /** The token after the `format_args!(…)` starting at the current token. */
    private Token peekAfterMacro() {
        int i = 2, level = 0;
        do {
            if (peek(i).kind().isOpenDelim()) level++;
            if (peek(i).kind().isCloseDelim()) level--;
            i++;
        } while (level > 0 && !peek(i).is(TokenKind.EOF));
        return peek(i);
    }

    /** The arguments of `format_args!(template, args…)`, the current token being `format_args`. */
    private List<Expr.MacroArg> formatArgsCall() {
        Span lo = bump().span();
        bump(); // `!`
        TokenKind close = switch (bump().kind()) {
            case OPEN_BRACKET -> TokenKind.CLOSE_BRACKET;
            case OPEN_BRACE -> TokenKind.CLOSE_BRACE;
            default -> TokenKind.CLOSE_PAREN;
        };
        List<Expr.MacroArg> args = new ArrayList<>();
        while (!check(close)) {
            Token t = tok();
            Span alo = t.span();
            Ident argName = null;
            if (t.isPlainIdent() && peek(1).is(TokenKind.EQ)) {
                bump();
                bump();
                argName = new Ident(t.text(), t.span());
            }
            args.add(new Expr.MacroArg(from(alo), argName, parseExpr()));
            if (!eat(TokenKind.COMMA)) break;
        }
        Span closeSpan = tok().span();
        expect(close);
        if (args.isEmpty() || !(args.get(0).value() instanceof Expr.Lit l && l.value() instanceof Expr.LitValue.Str)) {
            throw fail(Diagnostic.unsupported(new Span(lo.lo(), closeSpan.hi()), "macro `format_args!` without a literal template"));
        }
        return args;
    }

    /** rustc's errors for too few macro arguments (later stages rely on the minimum being there). */
    private void checkArity(String name, int n, Span call, Span close) {
        Diagnostic d = switch (name) {
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> n >= 2 ? null
                    : Diagnostic.error(null, "unexpected end of macro invocation")
                            .primary(close, "missing tokens in macro arguments").build();
            case "assert", "debug_assert" -> n >= 1 ? null
                    : Diagnostic.error(null, "macro requires a boolean expression as an argument")
                            .primary(call, "boolean expression required").build();
            case "print", "eprint", "format" -> n >= 1 ? null
                    : Diagnostic.error(null, "requires at least a format string argument").primary(call, "").build();
            case "write", "writeln" -> n >= (name.equals("write") ? 2 : 1) ? null
                    : Diagnostic.error(null, "requires a destination and format arguments, like `" + name
                            + "!(dest, \"format string\", args...)`").primary(call, "").build();
            default -> null;
        };
        if (d != null) diags.add(d);
    }

    private Expr parseMatches(Span lo, Ident name, TokenKind close) {
        Span alo = tok().span();
        Expr scrutinee = parseExpr();
        List<Expr.MacroArg> args = List.of(new Expr.MacroArg(from(alo), null, scrutinee));
        expect(TokenKind.COMMA);
        Pattern pat = parsePattern();
        Expr guard = eatWord("if") ? parseExpr() : null;
        eat(TokenKind.COMMA);
        expect(close);
        return new Expr.MacroCall(id(), from(lo), name, args, false, pat, guard);
    }

    /**
     * `dbg!(e)` as std defines it: `match e { tmp => { eprintln!("[FILE:LINE:COL] SRC = {:#?}", &tmp); tmp } }`,
     * SRC being the argument's source text with whitespace runs collapsed (what `stringify!` gives for
     * ordinarily spaced code). No argument prints the location only; several give a tuple of dbg!s.
     */
    private Expr parseDbg(Span lo, TokenKind close) {
        List<Expr> args = new ArrayList<>();
        while (!check(close)) {
            args.add(parseExpr());
            if (!eat(TokenKind.COMMA)) break;
        }
        expect(close);
        Span span = from(lo);
        String where = "[" + file.location(span) + "]";
        if (args.isEmpty()) return eprintln(span, where, null);
        if (args.size() == 1) return dbgOne(span, where, args.get(0));
        List<Expr> each = new ArrayList<>();
        for (Expr a : args) each.add(dbgOne(span, where, a));
        return new Expr.Tuple(id(), span, each);
    }

    private Expr dbgOne(Span span, String where, Expr value) {
        String src = file.slice(value.span()).strip().replaceAll("\\s+", " ");
        Ident tmp = new Ident("tmp", span);
        Expr use = new Expr.PathExpr(id(), span, new Path(span, List.of(new Path.PathSegment(tmp, List.of())), false));
        Expr ref = new Expr.AddrOf(id(), span, false,
                new Expr.PathExpr(id(), span, new Path(span, List.of(new Path.PathSegment(tmp, List.of())), false)));
        Expr print = eprintln(span, where + " " + src.replace("{", "{{").replace("}", "}}") + " = {:#?}", ref);
        Stmt.Block body = new Stmt.Block(id(), span, List.of(new Stmt.ExprStmt(id(), span, print, true)), use, false);
        Pattern bind = new Pattern.Binding(id(), span, tmp, false, false, null);
        Expr.MatchArm arm = new Expr.MatchArm(id(), span, bind, null, new Expr.BlockExpr(id(), span, null, body));
        return new Expr.Match(id(), span, value, List.of(arm));
    }

    private Expr eprintln(Span span, String template, Expr arg) {
        List<Expr.MacroArg> args = new ArrayList<>();
        args.add(new Expr.MacroArg(span, null, new Expr.Lit(id(), span, new Expr.LitValue.Str(template))));
        if (arg != null) args.add(new Expr.MacroArg(span, null, arg));
        return new Expr.MacroCall(id(), span, new Ident("eprintln", span), args, false, null, null);
    }
}
