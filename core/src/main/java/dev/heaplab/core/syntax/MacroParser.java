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
            "debug_assert_ne", "unreachable", "todo", "unimplemented", "vec", "matches");

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
}
