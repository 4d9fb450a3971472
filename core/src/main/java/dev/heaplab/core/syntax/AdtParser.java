package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Structs (named, tuple, unit) and enums (variants with data and explicit discriminants). */
abstract class AdtParser extends ItemParser {
    AdtParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    @Override
    Item parseStruct(Span lo, List<Item.Attribute> attrs, Item.Visibility vis) {
        bump();
        Ident name = expectIdent();
        Generics g = parseGenerics();
        g = parseWhere(g);
        if (eat(TokenKind.SEMI)) return new Item.StructDecl(id(), from(lo), name, attrs, vis, g, Item.StructKind.UNIT, List.of());
        if (check(TokenKind.OPEN_PAREN)) {
            List<Item.FieldDecl> fields = parseTupleFields();
            g = parseWhere(g);
            expect(TokenKind.SEMI);
            return new Item.StructDecl(id(), from(lo), name, attrs, vis, g, Item.StructKind.TUPLE, fields);
        }
        checkWord("where");
        if (!check(TokenKind.OPEN_BRACE)) {
            check(TokenKind.SEMI);
            if (g.params().isEmpty()) check(TokenKind.LT);
            throw unexpected();
        }
        List<Item.FieldDecl> fields = parseNamedFields();
        return new Item.StructDecl(id(), from(lo), name, attrs, vis, g, Item.StructKind.NAMED, fields);
    }

    /** `{ pub a: T, b: U }` with the braces. */
    private List<Item.FieldDecl> parseNamedFields() {
        expect(TokenKind.OPEN_BRACE);
        List<Item.FieldDecl> fields = new ArrayList<>();
        while (!check(TokenKind.CLOSE_BRACE)) {
            Span flo = tok().span();
            parseOuterAttributes();
            Item.Visibility fvis = parseVisibility();
            Ident fname = expectIdent();
            expect(TokenKind.COLON);
            TypeExpr ty = parseType();
            fields.add(new Item.FieldDecl(id(), from(flo), fname, fvis, ty));
            if (!eat(TokenKind.COMMA)) {
                if (check(TokenKind.CLOSE_BRACE)) break;
                Token t = tok();
                Diagnostic d = Diagnostic.error(null, "expected `,`, or `}`, found " + t.describe())
                        .primary(prevSpan().shrinkToHi(), "help: try adding a comma: `,`").build();
                if (!t.isPlainIdent() && !t.isWord("pub")) throw fail(d);
                diags.add(d); // rustc recovers as if the comma were there
                expected.clear();
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return fields;
    }

    /** `(pub T, U)` with the parentheses; fields are named "0", "1", ... */
    private List<Item.FieldDecl> parseTupleFields() {
        expect(TokenKind.OPEN_PAREN);
        List<Item.FieldDecl> fields = new ArrayList<>();
        while (!check(TokenKind.CLOSE_PAREN)) {
            Span flo = tok().span();
            parseOuterAttributes();
            Item.Visibility fvis = parseVisibility();
            TypeExpr ty = parseType();
            fields.add(new Item.FieldDecl(id(), from(flo), new Ident(Integer.toString(fields.size()), ty.span()), fvis, ty));
            if (!eat(TokenKind.COMMA)) {
                if (check(TokenKind.CLOSE_PAREN)) break;
                missingComma();
            }
        }
        expect(TokenKind.CLOSE_PAREN);
        return fields;
    }

    @Override
    Item parseEnum(Span lo, List<Item.Attribute> attrs, Item.Visibility vis) {
        bump();
        Ident name = expectIdent();
        Generics g = parseWhere(parseGenerics());
        expect(TokenKind.OPEN_BRACE);
        List<Item.VariantDecl> variants = new ArrayList<>();
        while (!check(TokenKind.CLOSE_BRACE)) {
            Span vlo = tok().span();
            parseOuterAttributes();
            Ident vname = expectIdent();
            Item.StructKind kind = Item.StructKind.UNIT;
            List<Item.FieldDecl> fields = List.of();
            if (check(TokenKind.OPEN_BRACE)) {
                kind = Item.StructKind.NAMED;
                fields = parseNamedFields();
            } else if (check(TokenKind.OPEN_PAREN)) {
                kind = Item.StructKind.TUPLE;
                fields = parseTupleFields();
            }
            Expr disc = eat(TokenKind.EQ) ? parseExpr() : null;
            variants.add(new Item.VariantDecl(id(), from(vlo), vname, kind, fields, disc));
            if (!eat(TokenKind.COMMA)) {
                if (!check(TokenKind.CLOSE_BRACE)) throw unexpected();
                break;
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return new Item.EnumDecl(id(), from(lo), name, attrs, vis, g, variants);
    }
}
