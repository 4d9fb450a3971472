package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Types, paths, generic arguments, bounds and generic parameter lists.
 *
 * <ul>
 *   <li>in type paths `<` opens generic arguments directly; in expression paths only `::<` does;</li>
 *   <li>`Fn(A, B) -> R` becomes segment `Fn` with a tuple type argument and binding `Output = R`;</li>
 *   <li>closing `>` splits `>>`, `>=`, `>>=` tokens.</li>
 * </ul>
 */
abstract class TypeParser extends TokenCursor {
    TypeParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    TypeExpr parseType() {
        enter();
        try {
            return parseTypeInner();
        } finally {
            exit();
        }
    }

    private TypeExpr parseTypeInner() {
        Token t = tok();
        Span lo = t.span();
        if (checkSplit(TokenKind.AND)) {
            eatSplit(TokenKind.AND);
            Ident lifetime = null;
            if (tok().is(TokenKind.LIFETIME)) lifetime = lifetime();
            boolean mut = eatWord("mut");
            TypeExpr inner = parseNoBoundsType();
            return new TypeExpr.RefType(id(), from(lo), lifetime, mut, inner);
        }
        if (eat(TokenKind.STAR)) {
            boolean mut;
            if (eatWord("mut")) mut = true;
            else if (eatWord("const")) mut = false;
            else throw fail(Diagnostic.error(null, "expected `mut` or `const` keyword in raw pointer type")
                    .primary(tok().span(), "expected `mut` or `const` in raw pointer type").build());
            TypeExpr inner = parseNoBoundsType();
            return new TypeExpr.RawPtrType(id(), from(lo), mut, inner);
        }
        if (eat(TokenKind.OPEN_PAREN)) {
            List<TypeExpr> elems = new ArrayList<>();
            boolean trailingComma = false;
            while (!check(TokenKind.CLOSE_PAREN)) {
                elems.add(parseType());
                trailingComma = eat(TokenKind.COMMA);
                if (!trailingComma) break;
            }
            expect(TokenKind.CLOSE_PAREN);
            if (elems.size() == 1 && !trailingComma) return elems.get(0);
            return new TypeExpr.TupleType(id(), from(lo), elems);
        }
        if (eat(TokenKind.OPEN_BRACKET)) {
            TypeExpr elem = parseType();
            if (eat(TokenKind.SEMI)) {
                Expr len = parseExpr();
                expect(TokenKind.CLOSE_BRACKET);
                return new TypeExpr.ArrayType(id(), from(lo), elem, len);
            }
            expect(TokenKind.CLOSE_BRACKET);
            return new TypeExpr.SliceType(id(), from(lo), elem);
        }
        if (eat(TokenKind.NOT)) return new TypeExpr.NeverType(id(), from(lo));
        if (t.isWord("_")) {
            bump();
            return new TypeExpr.InferType(id(), from(lo));
        }
        if (t.isWord("fn")) return parseFnPtr();
        if (t.isWord("unsafe") || t.isWord("extern")) {
            throw fail(Diagnostic.unsupported(t.span(), "`" + t.text() + "` function pointer types"));
        }
        if (t.isWord("for")) throw fail(Diagnostic.unsupported(t.span(), "higher-ranked `for<'a>` types"));
        if (t.isWord("impl")) {
            bump();
            return new TypeExpr.ImplTraitType(id(), from(lo), parseBounds());
        }
        if (t.isWord("dyn")) {
            bump();
            return new TypeExpr.DynTraitType(id(), from(lo), parseBounds());
        }
        if (startsPath(t) || t.is(TokenKind.PATHSEP)) {
            Path path = parsePath(true);
            return new TypeExpr.PathType(id(), from(lo), path);
        }
        if (t.is(TokenKind.LT)) {
            Path path = parsePath(true);
            return new TypeExpr.PathType(id(), path.span(), path);
        }
        expecting("type");
        throw fail(labelAtOrAfterPrev("expected type, found " + t.describe(), "expected type", t).build());
    }

    /** A type in a position where `+` cannot follow (after `&`, `*const`). */
    private TypeExpr parseNoBoundsType() { return parseType(); }

    private TypeExpr parseFnPtr() {
        Span lo = bump().span();
        expect(TokenKind.OPEN_PAREN);
        List<TypeExpr> params = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN)) {
            // `fn(x: i32)` names are allowed and ignored.
            if (tok().is(TokenKind.IDENT) && peek(1).is(TokenKind.COLON) && !peek(2).is(TokenKind.COLON)) {
                bump();
                bump();
            }
            params.add(parseType());
            if (!eat(TokenKind.COMMA)) break;
        }
        expect(TokenKind.CLOSE_PAREN);
        TypeExpr ret = eat(TokenKind.RARROW) ? parseType() : null;
        return new TypeExpr.FnPtrType(id(), from(lo), params, ret);
    }

    static boolean startsPath(Token t) {
        return t.kind() == TokenKind.IDENT && (t.isPlainIdent() || t.isWord("self") || t.isWord("Self")
                || t.isWord("super") || t.isWord("crate"));
    }

    Ident lifetime() {
        Token t = expect(TokenKind.LIFETIME);
        return new Ident(t.text(), t.span());
    }

    /** A path; in type context generic args follow with `<`, in expression context only `::<`. */
    Path parsePath(boolean typeContext) {
        Span lo = tok().span();
        Path.QSelf qself = tok().is(TokenKind.LT) ? parseQSelf() : null;
        boolean global = qself == null && eat(TokenKind.PATHSEP);
        List<Path.PathSegment> segs = new ArrayList<>();
        while (true) {
            Token t = tok();
            if (!startsPath(t)) {
                expecting("identifier");
                throw unexpected();
            }
            bump();
            Ident name = new Ident(t.text(), t.span());
            List<Path.GenericArg> args = List.of();
            if (typeContext && (tok().is(TokenKind.LT) || tok().is(TokenKind.SHL))) {
                args = parseGenericArgs();
            } else if (typeContext && tok().is(TokenKind.PATHSEP) && peek(1).is(TokenKind.LT)) {
                bump();
                args = parseGenericArgs();
            } else if (typeContext && tok().is(TokenKind.OPEN_PAREN) && isFnTrait(name.name())) {
                args = parseFnSugar();
            } else if (!typeContext && tok().is(TokenKind.PATHSEP) && peek(1).kind() == TokenKind.LT) {
                bump();
                args = parseGenericArgs();
            } else if (!typeContext && tok().is(TokenKind.PATHSEP) && peek(1).kind() == TokenKind.SHL) {
                bump();
                args = parseGenericArgs();
            }
            segs.add(new Path.PathSegment(name, args));
            if (typeContext) {
                // What rustc would also have accepted here, for its "expected one of" lists.
                if (args.isEmpty()) { expecting("`<`"); expecting("`(`"); expecting("`!`"); }
                expecting("`::`");
                expecting("`+`");
            }
            if (tok().is(TokenKind.PATHSEP) && startsPath(peek(1))) {
                bump();
                continue;
            }
            break;
        }
        return new Path(from(lo), segs, global, qself);
    }

    /** `<T as Trait>::` or `<T>::` in front of a qualified path, with the `<` as current token. */
    private Path.QSelf parseQSelf() {
        Span lo = bump().span();
        TypeExpr self = parseType();
        Path trait = eatWord("as") ? parsePath(true) : null;
        if (!eatSplit(TokenKind.GT)) {
            expecting("`>`");
            throw unexpected();
        }
        Path.QSelf q = new Path.QSelf(from(lo), self, trait);
        expect(TokenKind.PATHSEP);
        return q;
    }

    private static boolean isFnTrait(String name) {
        return name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce");
    }

    /** `(A, B) -> R` after `Fn`: a tuple type argument and an `Output` binding. */
    private List<Path.GenericArg> parseFnSugar() {
        Span lo = expect(TokenKind.OPEN_PAREN).span();
        List<TypeExpr> params = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN)) {
            params.add(parseType());
            if (!eat(TokenKind.COMMA)) break;
        }
        expect(TokenKind.CLOSE_PAREN);
        TypeExpr tuple = new TypeExpr.TupleType(id(), from(lo), params);
        TypeExpr out = eat(TokenKind.RARROW) ? parseType()
                : new TypeExpr.TupleType(id(), prevSpan().shrinkToHi(), List.of());
        return List.of(new Path.GenericArg.TypeArg(tuple),
                new Path.GenericArg.AssocBinding(new Ident("Output", out.span()), out));
    }

    /** `<args>` with the `<` as current token (or `<<` split). */
    List<Path.GenericArg> parseGenericArgs() {
        if (!eatSplit(TokenKind.LT)) throw unexpected();
        List<Path.GenericArg> args = new ArrayList<>();
        while (!checkSplit(TokenKind.GT)) {
            args.add(parseGenericArg());
            if (!eat(TokenKind.COMMA)) break;
        }
        if (!eatSplit(TokenKind.GT)) throw unexpected();
        return args;
    }

    private Path.GenericArg parseGenericArg() {
        Token t = tok();
        if (t.is(TokenKind.LIFETIME)) return new Path.GenericArg.LifetimeArg(lifetime());
        if (t.isPlainIdent() && peek(1).is(TokenKind.EQ)) {
            bump();
            bump();
            return new Path.GenericArg.AssocBinding(new Ident(t.text(), t.span()), parseType());
        }
        if (t.is(TokenKind.OPEN_BRACE) || t.kind().isLiteral() || t.isWord("true") || t.isWord("false")
                || t.is(TokenKind.MINUS)) {
            return new Path.GenericArg.ConstArg(parseConstArg());
        }
        return new Path.GenericArg.TypeArg(parseType());
    }

    abstract Expr parseConstArg();

    /** `Bound + Bound + 'a`; at least one bound. */
    List<Generics.Bound> parseBounds() {
        List<Generics.Bound> bounds = new ArrayList<>();
        do {
            if (tok().is(TokenKind.LIFETIME)) {
                bounds.add(new Generics.Bound.LifetimeBound(lifetime()));
                continue;
            }
            if (tok().isWord("use") && peek(1).is(TokenKind.LT)) {
                bounds.add(parseUseBound());
                continue;
            }
            if (!startsBound()) break;
            bounds.add(parseTraitBound());
        } while (eat(TokenKind.PLUS));
        if (bounds.isEmpty()) {
            expecting("bound");
            throw unexpected();
        }
        return bounds;
    }

    /** `use<'a, T>`: the lifetimes and type parameters a return-position `impl Trait` captures. */
    private Generics.Bound parseUseBound() {
        Span lo = bump().span();
        if (!eatSplit(TokenKind.LT)) throw unexpected();
        List<Ident> captures = new ArrayList<>();
        while (!checkSplit(TokenKind.GT)) {
            captures.add(tok().is(TokenKind.LIFETIME) ? lifetime() : expectIdent());
            if (!eat(TokenKind.COMMA)) break;
        }
        if (!eatSplit(TokenKind.GT)) throw unexpected();
        return new Generics.Bound.UseBound(from(lo), captures);
    }

    boolean startsBound() {
        Token t = tok();
        return t.is(TokenKind.LIFETIME) || t.is(TokenKind.QUESTION) || t.is(TokenKind.OPEN_PAREN)
                || t.is(TokenKind.PATHSEP) || startsPath(t) || t.isWord("for") || t.is(TokenKind.TILDE);
    }

    private Generics.Bound parseTraitBound() {
        Span lo = tok().span();
        if (tok().isWord("for")) throw fail(Diagnostic.unsupported(tok().span(), "higher-ranked trait bounds `for<'a>`"));
        if (tok().is(TokenKind.TILDE)) throw fail(Diagnostic.unsupported(tok().span(), "`~const` bounds"));
        if (eat(TokenKind.OPEN_PAREN)) {
            Generics.Bound inner = parseTraitBound();
            expect(TokenKind.CLOSE_PAREN);
            return inner;
        }
        boolean maybe = eat(TokenKind.QUESTION);
        Path path = parsePath(true);
        return new Generics.Bound.TraitBound(path, maybe, from(lo));
    }

    /** `<'a, T: Bound = Default, const N: usize>` or nothing. */
    Generics parseGenerics() {
        if (!tok().is(TokenKind.LT)) return Generics.EMPTY;
        bump();
        List<Generics.GenericParam> params = new ArrayList<>();
        while (!checkSplit(TokenKind.GT)) {
            Token t = tok();
            if (t.is(TokenKind.LIFETIME)) {
                Ident name = lifetime();
                List<Ident> bounds = new ArrayList<>();
                if (eat(TokenKind.COLON)) {
                    do { if (tok().is(TokenKind.LIFETIME)) bounds.add(lifetime()); } while (eat(TokenKind.PLUS));
                }
                params.add(new Generics.GenericParam.LifetimeParam(name, bounds));
            } else if (t.isWord("const")) {
                bump();
                Ident name = expectIdent();
                expect(TokenKind.COLON);
                TypeExpr type = parseType();
                if (tok().is(TokenKind.EQ)) throw fail(Diagnostic.unsupported(tok().span(), "const generic defaults"));
                params.add(new Generics.GenericParam.ConstParam(id(), name, type));
            } else {
                Ident name = expectIdent();
                List<Generics.Bound> bounds = List.of();
                if (eat(TokenKind.COLON) && !checkSplit(TokenKind.GT) && !check(TokenKind.COMMA) && !check(TokenKind.EQ)) {
                    bounds = parseBounds();
                }
                TypeExpr def = eat(TokenKind.EQ) ? parseType() : null;
                params.add(new Generics.GenericParam.TypeParam(id(), name, bounds, def));
            }
            if (!eat(TokenKind.COMMA)) break;
        }
        if (!eatSplit(TokenKind.GT)) throw unexpected();
        return new Generics(params, List.of());
    }

    /** Adds a `where` clause, if present, to {@code g}. */
    Generics parseWhere(Generics g) {
        if (!eatWord("where")) return g;
        List<Generics.WherePredicate> preds = new ArrayList<>(g.where());
        while (true) {
            Token t = tok();
            Span lo = t.span();
            if (t.is(TokenKind.LIFETIME)) {
                Ident lt = lifetime();
                expect(TokenKind.COLON);
                List<Generics.Bound> bounds = new ArrayList<>();
                do { if (tok().is(TokenKind.LIFETIME)) bounds.add(new Generics.Bound.LifetimeBound(lifetime())); }
                while (eat(TokenKind.PLUS));
                preds.add(new Generics.WherePredicate(from(lo), null, lt, bounds));
            } else if (t.isWord("for")) {
                throw fail(Diagnostic.unsupported(t.span(), "higher-ranked trait bounds `for<'a>`"));
            } else if (startsPath(t) || t.is(TokenKind.AND) || t.is(TokenKind.OPEN_PAREN) || t.is(TokenKind.OPEN_BRACKET)
                    || t.is(TokenKind.PATHSEP)) {
                TypeExpr ty = parseType();
                expect(TokenKind.COLON);
                List<Generics.Bound> bounds = startsBound() ? parseBounds() : List.of();
                preds.add(new Generics.WherePredicate(from(lo), ty, null, bounds));
            } else {
                break;
            }
            if (!eat(TokenKind.COMMA)) break;
        }
        return new Generics(g.params(), preds);
    }
}
