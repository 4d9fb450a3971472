package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rustc's E0603 for a path naming an item (or import) its scope may not see, worded as rustc does:
 * the item's kind, "private KIND" at the segment, and where it is defined (rustc's `def_span`: a
 * function's signature, the head of a struct, enum, trait or module, the whole of other items).
 */
final class PrivacyErrors {
    private final ProgramCx cx;
    private final Set<Span> reported = new HashSet<>();

    PrivacyErrors(ProgramCx cx) { this.cx = cx; }

    void report(NameResolver.PrivateUse u) {
        if (!reported.add(u.at())) return;
        String kind = kind(u.decl(), u.item());
        if (u.use() != null) kind += " import";
        Diagnostic.Builder d = Diagnostic.error("E0603", kind + " `" + u.name() + "` is private").primary(u.at(), "private " + kind);
        if (u.nextAt() != null && u.nextDecl() != null && u.decl() instanceof Decl.Module) {
            d.secondary(u.nextAt(), kind(u.nextDecl(), null) + " `" + u.nextName() + "` is not publicly re-exported");
        }
        List<Item.FieldDecl> hiddenFields = new ArrayList<>();
        if (u.item() instanceof Item.StructDecl s && u.decl() instanceof Decl.Ctor && s.kind() == Item.StructKind.TUPLE
                && !s.fields().isEmpty() && u.ctorFields()) {
            for (Item.FieldDecl f : s.fields()) if (!f.vis().written()) hiddenFields.add(f);
            Span fields = new Span(s.fields().get(0).span().lo(), s.fields().get(s.fields().size() - 1).span().hi());
            d.secondary(fields, "a constructor is private if any of the fields is private");
        }
        Span def = u.use() != null ? u.use().span() : defSpan(u.item(), u.decl());
        if (def != null) {
            d.spanNote("the " + kind + " `" + u.name() + "` is defined here" + (u.use() != null ? "..." : ""), List.of(Label.primary(def, "")));
        }
        Item target = u.use() != null ? userItem(u.decl()) : null;
        Span targetDef = target == null ? null : defSpan(target, u.decl());
        if (targetDef != null) {
            d.spanNote("...and refers to the " + kind(u.decl(), target) + " `" + target.name().name() + "` which is defined here",
                    List.of(Label.primary(targetDef, "")));
        }
        if (!hiddenFields.isEmpty()) {
            List<Suggestion.Part> parts = new ArrayList<>();
            for (Item.FieldDecl f : hiddenFields) parts.add(new Suggestion.Part(f.span().shrinkToLo(), "pub "));
            d.multipartSuggestion("consider making the field" + (((Item.StructDecl) u.item()).fields().size() > 1 ? "s" : "") + " publicly accessible", parts);
        }
        cx.diags.add(d.build());
    }

    /** The user's item a name denotes (not std's), or null. */
    private Item userItem(Decl d) {
        var def = switch (d) {
            case Decl.Fn f -> f.def();
            case Decl.Adt a -> a.def();
            case Decl.Ctor c -> c.adt();
            case Decl.Trait t -> t.def();
            case Decl.Const c -> c.def();
            case Decl.Static s -> s.def();
            case Decl.Alias a -> null;
            case Decl.Module m -> null;
        };
        return def == null || !cx.declScopes.containsKey(def) ? null : cx.itemDecls.get(def);
    }

    /** rustc's word for what a name denotes. */
    private String kind(Decl d, Item item) {
        return switch (d) {
            case Decl.Fn f -> "function";
            case Decl.Adt a -> cx.defs.adt(a.def()) != null && cx.defs.adt(a.def()).isEnum() ? "enum" : "struct";
            case Decl.Ctor c -> cx.defs.adt(c.adt()) != null && cx.defs.adt(c.adt()).isEnum() ? "variant"
                    : item instanceof Item.StructDecl s && s.kind() == Item.StructKind.UNIT ? "unit struct" : "tuple struct constructor";
            case Decl.Trait t -> "trait";
            case Decl.Const c -> "constant";
            case Decl.Static s -> "static";
            case Decl.Alias a -> "type alias";
            case Decl.Module m -> "module";
        };
    }

    private Span defSpan(Item item, Decl d) {
        if (item == null) return null;
        return switch (item) {
            case Item.FnDecl f -> f.body() == null ? f.span() : trimmed(f.span().lo(), f.body().span().lo());
            case Item.StructDecl s -> d instanceof Decl.Ctor ? s.span() : head(s.span(), s.name().span());
            case Item.EnumDecl e -> head(e.span(), e.name().span());
            case Item.TraitDecl t -> head(t.span(), t.name().span());
            case Item.ModDecl m -> head(m.span(), m.name().span());
            case Item.ConstDecl c -> c.span();
            case Item.StaticDecl s -> s.span();
            case Item.TypeAliasDecl a -> a.span();
            case Item.UseDecl u -> u.span();
            case Item.ImplDecl i -> i.span();
            case Item.AssocTypeDecl a -> a.span();
        };
    }

    /** From the item's start to its name, with the generic parameters written after it. */
    private Span head(Span item, Span name) {
        SourceFile file = cx.sources == null ? null : cx.sources.fileOf(item);
        int hi = name.hi();
        if (file != null) {
            String text = file.slice(new Span(name.hi(), item.hi()));
            if (text.startsWith("<")) {
                int level = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '<') level++;
                    if (c == '>' && --level == 0) {
                        hi = name.hi() + i + 1;
                        break;
                    }
                }
            }
        }
        return new Span(item.lo(), hi);
    }

    /** {@code lo..hi} without the whitespace before {@code hi}. */
    Span trimmed(int lo, int hi) {
        SourceFile file = cx.sources == null ? null : cx.sources.fileOf(new Span(lo, hi));
        if (file != null) {
            String text = file.slice(new Span(lo, hi));
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            hi = lo + end;
        }
        return new Span(lo, hi);
    }
}
