package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Reports references whose lifetime can be neither written-out nor elided (E0106). Rules (rustc's
 * elision):
 * <ul>
 * <li>a struct or enum field of reference type needs a named lifetime;</li>
 * <li>an elided lifetime in a function's return type takes the lifetime of `&self`/`&mut self`
 *     if there is one, else the single lifetime of the parameters; with none or several, it is an error.</li>
 * </ul>
 * Lifetime positions of parameters are references and the lifetime parameters of the user's types
 * (written or hidden, as in `Parser` for `Parser<'a>`).
 */
public final class LifetimeElision {
    private final Diagnostics diags;
    private final Map<String, Integer> typeLifetimes = new HashMap<>();

    private LifetimeElision(Diagnostics diags) { this.diags = diags; }

    public static void check(Crate crate, Diagnostics diags) {
        LifetimeElision e = new LifetimeElision(diags);
        e.collectTypes(crate.items());
        e.items(crate.items(), List.of(), Generics.EMPTY);
        e.aliases(crate.items());
    }

    /** A type alias is checked as a field is: no elision there (an impl's associated types are not walked). */
    private void aliases(List<Item> items) {
        for (Item it : items) {
            switch (it) {
                case Item.TypeAliasDecl a -> field(a.type(), a.name(), a.generics());
                case Item.ModDecl m -> aliases(m.items());
                default -> { }
            }
        }
    }

    private void collectTypes(List<Item> items) {
        for (Item it : items) {
            switch (it) {
                case Item.StructDecl s -> typeLifetimes.put(s.name().name(), lifetimeParams(s.generics()));
                case Item.EnumDecl en -> typeLifetimes.put(en.name().name(), lifetimeParams(en.generics()));
                case Item.TypeAliasDecl a -> typeLifetimes.put(a.name().name(), lifetimeParams(a.generics()));
                case Item.ModDecl m -> collectTypes(m.items());
                default -> { }
            }
        }
    }

    static int lifetimeParams(Generics g) {
        int n = 0;
        for (Generics.GenericParam p : g.params()) if (p instanceof Generics.GenericParam.LifetimeParam) n++;
        return n;
    }

    /** {@code outer}: the lifetime parameters of the impl or trait around these items, in scope in their signatures. */
    private void items(List<Item> items, List<Ident> outer, Generics outerGenerics) {
        for (Item it : items) {
            switch (it) {
                case Item.FnDecl f -> fn(f, outer, outerGenerics);
                case Item.ImplDecl i -> {
                    implSelf(i);
                    if (i.traitRef() != null) for (Item a : i.items()) if (a instanceof Item.AssocTypeDecl t && t.type() != null) assocType(i, t, i.generics());
                    items(i.items(), lifetimes(i.generics()), i.generics());
                }
                case Item.TraitDecl t -> items(t.items(), lifetimes(t.generics()), t.generics());
                case Item.ModDecl m -> items(m.items(), List.of(), Generics.EMPTY);
                case Item.StructDecl s -> { for (Item.FieldDecl fd : s.fields()) field(fd.type(), s.name(), s.generics()); }
                case Item.EnumDecl en -> {
                    for (Item.VariantDecl v : en.variants()) for (Item.FieldDecl fd : v.fields()) field(fd.type(), en.name(), en.generics());
                }
                default -> { }
            }
        }
    }

    private static List<Ident> lifetimes(Generics g) {
        List<Ident> out = new ArrayList<>();
        for (Generics.GenericParam p : g.params()) if (p instanceof Generics.GenericParam.LifetimeParam l) out.add(l.name());
        return out;
    }

    /** E0726: `impl Parser` for `struct Parser<'a>` must write its lifetime (`Parser<'_>` at least). */
    private void implSelf(Item.ImplDecl i) {
        if (!(i.selfType() instanceof TypeExpr.PathType p)) return;
        Path.PathSegment last = p.path().last();
        Integer declared = typeLifetimes.get(last.name().name());
        if (declared == null || declared == 0) return;
        for (Path.GenericArg a : last.args()) if (a instanceof Path.GenericArg.LifetimeArg) return;
        diags.add(Diagnostic.error("E0726", "implicit elided lifetime not allowed here")
                .primary(p.span(), "expected lifetime parameter").build());
    }

    /**
     * An elided lifetime in a type, where rustc points ({@code at}) and how it names it: a reference
     * without lifetime (`&` / `'a ` after it), `'_` (replaced), a user type hiding its lifetime
     * (`Parser` / `<'a>` after it; `Two<i32>` / `'a, ` before its first argument). {@code ref}: the
     * reference it belongs to (null for a path's); {@code inImplTrait}: inside an `impl Trait`'s arguments.
     */
    private record Elided(Span at, Span edit, Kind kind, TypeExpr.RefType ref, boolean inImplTrait) {
        enum Kind { REFERENCE, UNDERSCORE, BARE_PATH, PATH_WITH_ARGS }

        boolean path() { return kind == Kind.BARE_PATH || kind == Kind.PATH_WITH_ARGS; }

        Suggestion.Part named(String lifetime) {
            return new Suggestion.Part(edit, switch (kind) {
                case REFERENCE -> lifetime + " ";
                case UNDERSCORE -> lifetime;
                case BARE_PATH -> "<" + lifetime + ">";
                case PATH_WITH_ARGS -> lifetime + ", ";
            });
        }
    }

    private void field(TypeExpr t, Ident owner, Generics generics) {
        typeParams = typeParamNames(generics, null);
        List<Elided> elided = new ArrayList<>();
        if (!elided(t, elided) || elided.isEmpty()) return;
        Elided e = elided.get(0);
        Diagnostic.Builder d = Diagnostic.error("E0106", "missing lifetime specifier")
                .primary(e.at(), "expected named lifetime parameter");
        List<Ident> inScope = lifetimes(generics);
        if (inScope.isEmpty()) {
            d.multipartSuggestion("consider introducing a named lifetime parameter", List.of(introduce(owner, generics), e.named("'a")));
        } else {
            useInScope(d, inScope, List.of(e));
        }
        diags.add(d.build());
    }

    /**
     * An associated type of a trait impl has no elision either (`type Item = &i32;` in
     * `impl<'a> IntoIterator for &'a Stack`): rustc's error without a code, pointing at the impl's lifetime.
     */
    private void assocType(Item.ImplDecl impl, Item.AssocTypeDecl assoc, Generics implGenerics) {
        typeParams = typeParamNames(implGenerics, null);
        List<Elided> elided = new ArrayList<>();
        if (!elided(assoc.type(), elided) || elided.isEmpty()) return;
        Elided e = elided.get(0);
        // only a reference's elided lifetime is this error (a path hiding its lifetime is another)
        if (e.kind() != Elided.Kind.REFERENCE) return;
        // `impl Iterator for Cursor<'a> { type Item = &u8; }`: rustc's own words on lending iterators
        String trait = impl.traitRef().last().name().name();
        if (trait.equals("Iterator") && assoc.name().name().equals("Item") && !(impl.selfType() instanceof TypeExpr.RefType)) {
            diags.add(Diagnostic.error(null, "associated type `Iterator::Item` is declared without lifetime parameters, so using a "
                            + "borrowed type for them requires that lifetime to come from the implemented type")
                    .primary(e.at(), "")
                    .spanNote("you can't create an `Iterator` that borrows each `Item` from itself, but you can instead create a new "
                            + "type that borrows your existing type and implement `Iterator` for that new type",
                            List.of(Label.primary(impl.selfType().span(), "")))
                    .build());
            return;
        }
        Diagnostic.Builder d = Diagnostic.error(null, "missing lifetime in associated type")
                .primary(e.at(), "this lifetime must come from the implemented type");
        List<Ident> inScope = lifetimes(implGenerics);
        if (inScope.size() == 1) {
            Ident l = inScope.get(0);
            // rustc labels the whole `<'a>` when it is the impl's only parameter
            Span at = implGenerics.params().size() == 1 ? new Span(l.span().lo() - 1, l.span().hi() + 1) : l.span();
            d.secondary(at, "there is a named lifetime specified on the impl block you could use");
            d.multipartSuggestion("consider using the lifetime from the impl block", List.of(e.named(l.name())));
        }
        diags.add(d.build());
    }

    /** `'a` as the first generic parameter of an item: `<'a>` after its name, or `'a, ` before its first parameter. */
    private static Suggestion.Part introduce(Ident name, Generics generics) {
        if (generics.params().isEmpty()) return new Suggestion.Part(name.span().shrinkToHi(), "<'a>");
        return new Suggestion.Part(generics.params().get(0).name().span().shrinkToLo(), "'a, ");
    }

    /**
     * The lifetimes already in scope: rustc proposes the only one (`'b` for each elided lifetime), or,
     * with several, points at them and writes `'lifetime` for the first elided one.
     */
    private static void useInScope(Diagnostic.Builder d, List<Ident> inScope, List<Elided> elided) {
        if (inScope.size() == 1) {
            String name = inScope.get(0).name();
            List<Suggestion.Part> parts = new ArrayList<>();
            for (Elided e : elided) parts.add(e.named(name));
            d.multipartSuggestion("consider using the `" + name + "` lifetime", parts);
            return;
        }
        List<Label> at = new ArrayList<>();
        for (Ident l : inScope) at.add(Label.primary(l.span(), ""));
        d.spanNote("these named lifetimes are available to use", at);
        d.multipartSuggestion("consider using one of the available lifetimes here", List.of(elided.get(0).named("'lifetime")));
    }

    private void fn(Item.FnDecl f, List<Ident> outer, Generics outerGenerics) {
        typeParams = typeParamNames(f.generics(), outerGenerics);
        List<Ident> scope = new ArrayList<>(outer);
        scope.addAll(lifetimes(f.generics()));
        if (anonymousInImplTrait(f, scope)) return;
        if (f.ret() == null) return;
        List<Elided> elided = new ArrayList<>();
        boolean editable = elided(f.ret(), elided);
        if (elided.isEmpty()) return;
        if (f.selfParam() != null && (f.selfParam().kind() != Item.SelfKind.VALUE
                || (f.selfParam().explicitType() != null && positions(f.selfParam().explicitType()) > 0))) return;
        int positions = 0;
        boolean elidedInput = false;
        List<String> named = new ArrayList<>();
        List<Item.Param> borrowing = new ArrayList<>();
        List<Elided> inputs = new ArrayList<>();
        for (int k = 0; k < f.params().size(); k++) {
            Item.Param p = f.params().get(k);
            int n = positions(p.type());
            positions += n;
            if (n == 0) continue;
            borrowing.add(p);
            int before = inputs.size();
            editable &= elided(p.type(), inputs);
            elidedInput |= inputs.size() > before;
            String who = p.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b ? "`" + b.name().name() + "`" : "argument " + (k + 1);
            named.add(n > 1 ? "one of " + who + "'s " + n + " lifetimes" : who);
        }
        if (positions == 1) return;
        Diagnostic.Builder d = Diagnostic.error("E0106", elided.size() > 1 ? "missing lifetime specifiers" : "missing lifetime specifier");
        for (Item.Param p : borrowing) d.secondary(p.type().span(), "");
        for (Elided e : elided) d.primary(e.at(), "expected named lifetime parameter");
        List<Ident> inScope = new ArrayList<>(outer);
        inScope.addAll(lifetimes(f.generics()));
        if (positions == 0) {
            d.help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from");
            if (f.params().isEmpty() && f.selfParam() == null && inScope.isEmpty() && editable) staticOrOwned(d, elided);
        } else {
            if (!elidedInput) {
                d.help("this function's return type contains a borrowed value with an elided lifetime, but the lifetime cannot be derived from the arguments");
            } else if (named.size() == 1) {
                d.help("this function's return type contains a borrowed value, but the signature does not say which " + named.get(0) + " it is borrowed from");
            } else {
                String list = named.size() == 2 ? named.get(0) + " or " + named.get(1)
                        : String.join(", ", named.subList(0, named.size() - 1)) + ", or " + named.get(named.size() - 1);
                d.help("this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from " + list);
            }
            if (!editable) {
                // a shape whose edit is not rustc's known one (`'_` among several lifetimes of a type…): no suggestion
            } else if (!inScope.isEmpty()) {
                useInScope(d, inScope, elided);
            } else {
                List<Suggestion.Part> parts = new ArrayList<>();
                parts.add(introduce(f.name(), f.generics()));
                for (Elided e : inputs) parts.add(e.named("'a"));
                for (Elided e : elided) parts.add(e.named("'a"));
                parts.sort(java.util.Comparator.comparingInt(x -> x.span().lo()));
                d.multipartSuggestion("consider introducing a named lifetime parameter", parts);
            }
        }
        diags.add(d.build());
    }

    /**
     * No parameter to borrow from: rustc proposes `'static`, then an owned value (`String` for
     * `&str`, the referent otherwise), for a single elided lifetime.
     */
    private static void staticOrOwned(Diagnostic.Builder d, List<Elided> elided) {
        if (elided.size() != 1) return;
        Elided e = elided.get(0);
        String uncommon = "consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`";
        // rustc adds the owned case when the elided lifetime is not a bare `&`
        d.multipartSuggestion(e.kind() == Elided.Kind.REFERENCE ? uncommon : uncommon + ", or if you will only have owned values",
                List.of(e.named("'static")));
        TypeExpr.RefType r = e.ref();
        if (r == null || r.mutable()) return;
        String owned = "instead, you are more likely to want to return an owned value";
        if (r.lifetime() == null && r.inner() instanceof TypeExpr.PathType p && p.path().segments().size() == 1
                && p.path().segments().get(0).name().name().equals("str") && p.path().segments().get(0).args().isEmpty()) {
            d.suggestion(owned, r.span(), "String");
        } else {
            d.suggestion(owned, new Span(r.span().lo(), r.inner().span().lo()), "");
        }
    }

    /** The type parameters in scope, which shadow the program's types of the same name. */
    private Set<String> typeParams = Set.of();

    private static Set<String> typeParamNames(Generics g, Generics outer) {
        Set<String> out = new HashSet<>();
        for (Generics.GenericParam p : g.params()) if (p instanceof Generics.GenericParam.TypeParam t) out.add(t.name().name());
        if (outer != null) out.addAll(typeParamNames(outer, null));
        return out;
    }

    /** The program's type named by a one-segment path, with its lifetime parameters; null for others. */
    private Integer declaredLifetimes(Path path, Path.PathSegment s) {
        if (path.segments().size() == 1 && typeParams.contains(s.name().name())) return null;
        return typeLifetimes.get(s.name().name());
    }

    /**
     * The elided lifetimes in a type, in source order (not inside `fn(..)` types, which have their
     * own elision); false when one of them has no edit rustc is known to propose.
     */
    private boolean elided(TypeExpr t, List<Elided> out) { return elided(t, out, false); }

    private boolean elided(TypeExpr t, List<Elided> out, boolean inImpl) {
        return switch (t) {
            case TypeExpr.RefType r -> {
                if (r.lifetime() == null) {
                    Span amp = new Span(r.span().lo(), r.span().lo() + 1);
                    out.add(new Elided(amp, amp.shrinkToHi(), Elided.Kind.REFERENCE, r, inImpl));
                } else if (r.lifetime().name().equals("'_")) {
                    out.add(new Elided(r.lifetime().span(), r.lifetime().span(), Elided.Kind.UNDERSCORE, r, inImpl));
                }
                yield elided(r.inner(), out, inImpl);
            }
            case TypeExpr.PathType p -> {
                boolean ok = true;
                for (Path.PathSegment s : p.path().segments()) {
                    int lifetimeArgs = 0;
                    for (Path.GenericArg a : s.args()) {
                        if (a instanceof Path.GenericArg.LifetimeArg l) {
                            lifetimeArgs++;
                            if (l.lifetime().name().equals("'_")) out.add(new Elided(l.lifetime().span(), l.lifetime().span(), Elided.Kind.UNDERSCORE, null, inImpl));
                        }
                    }
                    Integer declared = declaredLifetimes(p.path(), s);
                    if (declared != null && declared > 0 && lifetimeArgs == 0) {
                        ok &= declared == 1;
                        if (s.args().isEmpty()) {
                            out.add(new Elided(s.name().span(), s.name().span().shrinkToHi(), Elided.Kind.BARE_PATH, null, inImpl));
                        } else if (s.args().get(0) instanceof Path.GenericArg.TypeArg ta) {
                            int first = ta.type().span().lo();
                            out.add(new Elided(new Span(first - 1, first), new Span(first, first), Elided.Kind.PATH_WITH_ARGS, null, inImpl));
                        } else {
                            ok = false;
                        }
                    }
                    for (Path.GenericArg a : s.args()) {
                        if (a instanceof Path.GenericArg.TypeArg ta) ok &= elided(ta.type(), out, inImpl);
                    }
                }
                yield ok;
            }
            case TypeExpr.TupleType tt -> {
                boolean ok = true;
                for (TypeExpr e : tt.elems()) ok &= elided(e, out, inImpl);
                yield ok;
            }
            case TypeExpr.ArrayType a -> elided(a.elem(), out, inImpl);
            case TypeExpr.SliceType s -> elided(s.elem(), out, inImpl);
            case TypeExpr.RawPtrType p -> true;
            case TypeExpr.FnPtrType f -> true;
            // Inside `impl Trait`/`dyn Trait`: the references of its arguments (not of `Fn(..)` sugar,
            // which has its own elision).
            case TypeExpr.ImplTraitType i -> boundRefs(i.bounds(), out, true);
            case TypeExpr.DynTraitType dt -> boundRefs(dt.bounds(), out, inImpl);
            case TypeExpr.NeverType n -> true;
            case TypeExpr.InferType i -> true;
        };
    }

    private boolean boundRefs(List<Generics.Bound> bounds, List<Elided> out, boolean inImpl) {
        boolean ok = true;
        for (Generics.Bound b : bounds) {
            if (!(b instanceof Generics.Bound.TraitBound tb)) continue;
            for (Path.PathSegment s : tb.path().segments()) {
                if (FN_TRAITS.contains(s.name().name())) continue;
                for (Path.GenericArg a : s.args()) {
                    switch (a) {
                        case Path.GenericArg.TypeArg ta -> ok &= elided(ta.type(), out, inImpl);
                        case Path.GenericArg.AssocBinding ab -> ok &= elided(ab.type(), out, inImpl);
                        case Path.GenericArg.LifetimeArg l -> { }
                        case Path.GenericArg.ConstArg c -> { }
                    }
                }
            }
        }
        return ok;
    }

    private static final Set<String> FN_TRAITS = Set.of("Fn", "FnMut", "FnOnce");

    /**
     * E0658: an anonymous lifetime inside an argument's `impl Trait` (`impl Iterator<Item = &str>`)
     * is unstable; rustc reports it instead of eliding. True when reported.
     */
    private boolean anonymousInImplTrait(Item.FnDecl f, List<Ident> inScope) {
        boolean found = false;
        for (Item.Param p : f.params()) {
            List<Elided> all = new ArrayList<>();
            elided(p.type(), all);
            for (Elided e : all) {
                if (!e.inImplTrait()) continue;
                // rustc points at the lifetime's place after the `&`, not at the `&`
                Diagnostic.Builder d = Diagnostic.error("E0658", "anonymous lifetimes in `impl Trait` are unstable")
                        .primary(e.kind() == Elided.Kind.REFERENCE ? e.edit() : e.at(), "expected named lifetime parameter");
                if (e.kind() == Elided.Kind.REFERENCE && inScope.isEmpty()) {
                    d.multipartSuggestion("consider introducing a named lifetime parameter", List.of(introduce(f.name(), f.generics()), e.named("'a")));
                } else if (e.kind() == Elided.Kind.REFERENCE) {
                    useInScope(d, inScope, List.of(e));
                }
                diags.add(d.build());
                found = true;
            }
        }
        return found;
    }

    /** Lifetime positions in a parameter type: references, lifetime arguments, hidden lifetimes of user types. */
    private int positions(TypeExpr t) {
        return switch (t) {
            case TypeExpr.RefType r -> 1 + positions(r.inner());
            case TypeExpr.PathType p -> {
                int n = 0;
                for (Path.PathSegment s : p.path().segments()) {
                    int lifetimeArgs = 0;
                    for (Path.GenericArg a : s.args()) {
                        if (a instanceof Path.GenericArg.TypeArg ta) n += positions(ta.type());
                        if (a instanceof Path.GenericArg.LifetimeArg) lifetimeArgs++;
                    }
                    Integer declared = declaredLifetimes(p.path(), s);
                    n += declared != null ? Math.max(declared, lifetimeArgs) : lifetimeArgs;
                }
                yield n;
            }
            case TypeExpr.TupleType tt -> tt.elems().stream().mapToInt(this::positions).sum();
            case TypeExpr.ArrayType a -> positions(a.elem());
            case TypeExpr.SliceType s -> positions(s.elem());
            case TypeExpr.ImplTraitType i -> 0;
            case TypeExpr.DynTraitType d -> 0;
            case TypeExpr.RawPtrType p -> 0;
            case TypeExpr.FnPtrType f -> 0;
            case TypeExpr.NeverType n -> 0;
            case TypeExpr.InferType i -> 0;
        };
    }
}
