package dev.heaplab.core.syntax;

import java.util.List;
import java.util.function.Function;

/**
 * Prints an AST back as Rust-like text, for tests and debugging. Binary operators, casts and
 * ranges are fully parenthesised so that the tree shape (precedence, associativity) is visible,
 * and printing a re-parsed printout gives the same text.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    private AstPrinter() {}

    public static String print(Crate crate) {
        AstPrinter p = new AstPrinter();
        for (Item it : crate.items()) p.item(it);
        return p.out.toString();
    }

    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e);
        return p.out.toString();
    }

    public static String print(Pattern pat) { return new AstPrinter().pat(pat); }

    public static String print(TypeExpr t) { return new AstPrinter().type(t); }

    private void line(String s) { out.append("    ".repeat(indent)).append(s).append('\n'); }

    private static <T> String join(List<T> xs, Function<T, String> f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(f.apply(xs.get(i)));
        }
        return sb.toString();
    }

    private void attrs(List<Item.Attribute> attrs) {
        for (Item.Attribute a : attrs) line("#[" + a.name() + (a.args().isEmpty() ? "" : "(" + String.join(", ", a.args()) + ")") + "]");
    }

    private void item(Item it) {
        switch (it) {
            case Item.FnDecl f -> {
                attrs(f.attrs());
                StringBuilder sb = new StringBuilder();
                if (f.isPub()) sb.append("pub ");
                if (f.isConst()) sb.append("const ");
                sb.append("fn ").append(f.name()).append(generics(f.generics())).append('(');
                String self = f.selfParam() == null ? null : selfParam(f.selfParam());
                String params = join(f.params(), p -> pat(p.pattern()) + ": " + type(p.type()));
                sb.append(self == null ? params : params.isEmpty() ? self : self + ", " + params).append(')');
                if (f.ret() != null) sb.append(" -> ").append(type(f.ret()));
                sb.append(where(f.generics()));
                if (f.body() == null) line(sb + ";");
                else { out.append("    ".repeat(indent)).append(sb).append(' '); block(f.body()); out.append('\n'); }
            }
            case Item.StructDecl s -> {
                attrs(s.attrs());
                String head = "struct " + s.name() + generics(s.generics());
                switch (s.kind()) {
                    case UNIT -> line(head + where(s.generics()) + ";");
                    case TUPLE -> line(head + "(" + join(s.fields(), f -> (f.isPub() ? "pub " : "") + type(f.type())) + ")" + where(s.generics()) + ";");
                    case NAMED -> line(head + where(s.generics()) + " { " + namedFields(s.fields()) + " }");
                }
            }
            case Item.EnumDecl e -> {
                attrs(e.attrs());
                line("enum " + e.name() + generics(e.generics()) + where(e.generics()) + " {");
                indent++;
                for (Item.VariantDecl v : e.variants()) {
                    String body = switch (v.kind()) {
                        case UNIT -> "";
                        case TUPLE -> "(" + join(v.fields(), f -> type(f.type())) + ")";
                        case NAMED -> " { " + namedFields(v.fields()) + " }";
                    };
                    line(v.name() + body + (v.discriminant() == null ? "" : " = " + print(v.discriminant())) + ",");
                }
                indent--;
                line("}");
            }
            case Item.ImplDecl i -> {
                attrs(i.attrs());
                line("impl" + generics(i.generics()) + " " + (i.traitRef() == null ? "" : path(i.traitRef(), true) + " for ")
                        + type(i.selfType()) + where(i.generics()) + " {");
                nested(i.items());
            }
            case Item.TraitDecl t -> {
                attrs(t.attrs());
                line("trait " + t.name() + generics(t.generics())
                        + (t.supertraits().isEmpty() ? "" : ": " + bounds(t.supertraits())) + where(t.generics()) + " {");
                nested(t.items());
            }
            case Item.AssocTypeDecl a -> line("type " + a.name() + (a.bounds().isEmpty() ? "" : ": " + bounds(a.bounds()))
                    + (a.type() == null ? "" : " = " + type(a.type())) + ";");
            case Item.ConstDecl c -> line("const " + c.name() + ": " + type(c.type()) + (c.value() == null ? "" : " = " + print(c.value())) + ";");
            case Item.StaticDecl s -> line("static " + (s.mutable() ? "mut " : "") + s.name() + ": " + type(s.type()) + " = " + print(s.value()) + ";");
            case Item.TypeAliasDecl t -> line("type " + t.name() + generics(t.generics()) + " = " + type(t.type()) + ";");
            case Item.UseDecl u -> {
                for (Item.UseEntry e : u.entries()) {
                    String p = path(e.path(), true);
                    if (e.glob()) line("use " + (p.isEmpty() ? "" : p + "::") + "*;");
                    else line("use " + p + (e.path().segments().isEmpty() || !e.path().last().name().name().equals(e.alias().name()) ? " as " + e.alias() : "") + ";");
                }
            }
            case Item.ModDecl m -> {
                line("mod " + m.name() + " {");
                nested(m.items());
            }
        }
    }

    private void nested(List<Item> items) {
        indent++;
        for (Item it : items) item(it);
        indent--;
        line("}");
    }

    private String namedFields(List<Item.FieldDecl> fields) {
        return join(fields, f -> (f.isPub() ? "pub " : "") + f.name() + ": " + type(f.type()));
    }

    private String selfParam(Item.SelfParam s) {
        String lt = s.lifetime() == null ? "" : s.lifetime() + " ";
        return switch (s.kind()) {
            case VALUE -> (s.mutableBinding() ? "mut " : "") + "self" + (s.explicitType() == null ? "" : ": " + type(s.explicitType()));
            case REF -> "&" + lt + "self";
            case REF_MUT -> "&" + lt + "mut self";
        };
    }

    private String generics(Generics g) {
        if (g.params().isEmpty()) return "";
        return "<" + join(g.params(), p -> switch (p) {
            case Generics.GenericParam.LifetimeParam l -> l.name() + (l.bounds().isEmpty() ? "" : ": " + String.join(" + ", l.bounds().stream().map(Ident::name).toList()));
            case Generics.GenericParam.TypeParam t -> t.name() + (t.bounds().isEmpty() ? "" : ": " + bounds(t.bounds()))
                    + (t.defaultType() == null ? "" : " = " + type(t.defaultType()));
            case Generics.GenericParam.ConstParam c -> "const " + c.name() + ": " + type(c.type());
        }) + ">";
    }

    private String where(Generics g) {
        if (g.where().isEmpty()) return "";
        return " where " + join(g.where(), w -> (w.boundedType() != null ? type(w.boundedType()) : w.boundedLifetime().name())
                + ": " + bounds(w.bounds()));
    }

    private String bounds(List<Generics.Bound> bs) {
        StringBuilder sb = new StringBuilder();
        for (Generics.Bound b : bs) {
            if (!sb.isEmpty()) sb.append(" + ");
            switch (b) {
                case Generics.Bound.TraitBound t -> sb.append(t.maybe() ? "?" : "").append(path(t.path(), true));
                case Generics.Bound.LifetimeBound l -> sb.append(l.lifetime());
                case Generics.Bound.UseBound u -> sb.append("use<").append(String.join(", ", u.captures().stream().map(Ident::name).toList())).append(">");
            }
        }
        return sb.toString();
    }

    private String path(Path p, boolean typeContext) {
        StringBuilder sb = new StringBuilder(p.global() ? "::" : "");
        for (int i = 0; i < p.segments().size(); i++) {
            if (i > 0) sb.append("::");
            sb.append(segment(p.segments().get(i), typeContext));
        }
        return sb.toString();
    }

    private String segment(Path.PathSegment s, boolean typeContext) {
        if (s.args().isEmpty()) return s.name().name();
        return s.name() + (typeContext ? "<" : "::<") + join(s.args(), a -> switch (a) {
            case Path.GenericArg.TypeArg t -> type(t.type());
            case Path.GenericArg.LifetimeArg l -> l.lifetime().name();
            case Path.GenericArg.ConstArg c -> print(c.value());
            case Path.GenericArg.AssocBinding b -> b.name() + " = " + type(b.type());
        }) + ">";
    }

    String type(TypeExpr t) {
        return switch (t) {
            case TypeExpr.PathType p -> path(p.path(), true);
            case TypeExpr.RefType r -> "&" + (r.lifetime() == null ? "" : r.lifetime() + " ") + (r.mutable() ? "mut " : "") + type(r.inner());
            case TypeExpr.RawPtrType r -> "*" + (r.mutable() ? "mut " : "const ") + type(r.inner());
            case TypeExpr.TupleType tt -> "(" + join(tt.elems(), this::type) + (tt.elems().size() == 1 ? ",)" : ")");
            case TypeExpr.ArrayType a -> "[" + type(a.elem()) + "; " + print(a.len()) + "]";
            case TypeExpr.SliceType s -> "[" + type(s.elem()) + "]";
            case TypeExpr.FnPtrType f -> "fn(" + join(f.params(), this::type) + ")" + (f.ret() == null ? "" : " -> " + type(f.ret()));
            case TypeExpr.ImplTraitType i -> "impl " + bounds(i.bounds());
            case TypeExpr.DynTraitType d -> "dyn " + bounds(d.bounds());
            case TypeExpr.NeverType n -> "!";
            case TypeExpr.InferType i -> "_";
        };
    }

    String pat(Pattern p) {
        return switch (p) {
            case Pattern.Wildcard w -> "_";
            case Pattern.Rest r -> "..";
            case Pattern.Binding b -> (b.byRef() ? "ref " : "") + (b.mutable() ? "mut " : "") + b.name()
                    + (b.sub() == null ? "" : " @ " + nestedPat(b.sub()));
            case Pattern.Literal l -> print(l.value());
            case Pattern.Range r -> (r.lo() == null ? "" : print(r.lo())) + (r.inclusive() ? "..=" : "..") + (r.hi() == null ? "" : print(r.hi()));
            case Pattern.Tuple t -> "(" + join(t.elems(), this::pat)
                    + (t.elems().size() == 1 && !(t.elems().get(0) instanceof Pattern.Rest) ? ",)" : ")");
            case Pattern.PathPat pp -> path(pp.path(), false);
            case Pattern.TupleStruct ts -> path(ts.path(), false) + "(" + join(ts.elems(), this::pat) + ")";
            case Pattern.Struct s -> path(s.path(), false) + " { " + join(s.fields(), f -> f.shorthand() ? pat(f.pattern()) : f.name() + ": " + pat(f.pattern()))
                    + (s.hasRest() ? (s.fields().isEmpty() ? ".." : ", ..") : "") + " }";
            case Pattern.Ref r -> "&" + (r.mutable() ? "mut " : "") + nestedPat(r.inner());
            case Pattern.Or o -> String.join(" | ", o.alts().stream().map(this::pat).toList());
            case Pattern.Slice s -> "[" + join(s.elems(), this::pat) + "]";
        };
    }

    private String nestedPat(Pattern p) {
        return p instanceof Pattern.Or || p instanceof Pattern.Range ? "(" + pat(p) + ")" : pat(p);
    }

    private void block(Stmt.Block b) {
        out.append(b.isUnsafe() ? "unsafe {\n" : "{\n");
        indent++;
        for (Stmt s : b.stmts()) stmt(s);
        if (b.tail() != null) {
            out.append("    ".repeat(indent));
            expr(b.tail());
            out.append('\n');
        }
        indent--;
        out.append("    ".repeat(indent)).append('}');
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> {
                out.append("    ".repeat(indent)).append("let ").append(pat(l.pattern()));
                if (l.type() != null) out.append(": ").append(type(l.type()));
                if (l.init() != null) { out.append(" = "); expr(l.init()); }
                if (l.elseBlock() != null) { out.append(" else "); block(l.elseBlock()); }
                out.append(";\n");
            }
            case Stmt.ExprStmt e -> {
                out.append("    ".repeat(indent));
                expr(e.expr());
                out.append(e.semi() ? ";\n" : "\n");
            }
            case Stmt.ItemStmt i -> item(i.item());
            case Stmt.Empty e -> line(";");
        }
    }

    private void expr(Expr e) {
        ExprPrinter.print(this, e);
    }

    StringBuilder out() { return out; }

    void printBlock(Stmt.Block b) { block(b); }

    String printPath(Path p, boolean typeContext) { return path(p, typeContext); }
}
