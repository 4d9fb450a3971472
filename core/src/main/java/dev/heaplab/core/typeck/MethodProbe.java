package dev.heaplab.core.typeck;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Method lookup, as rustc's probe: for each autoderef step of the receiver type (then an unsizing
 * step for arrays), try the receiver by value, then `&`, then `&mut`; at each, inherent methods
 * before trait methods. A candidate applies when its `self` type unifies with the adjusted receiver
 * and (for traits) the receiver's type may implement the trait.
 */
final class MethodProbe {
    /** A chosen method: the callee, its parent generic arguments, and the receiver's adjustments. */
    record Pick(DefId method, List<Ty> parentArgs, List<Adjustment> adjustments, boolean viaTrait) {}

    private final FnCtxt fcx;

    MethodProbe(FnCtxt fcx) { this.fcx = fcx; }

    Pick probe(Ty receiver, String name) {
        unmet = null;
        outOfScope.clear();
        List<Coercion.Step> steps = new ArrayList<>(fcx.coercion.autoderef(receiver));
        Ty last = steps.get(steps.size() - 1).ty();
        boolean unsizeStep = last instanceof Ty.Array;
        if (unsizeStep) steps.add(new Coercion.Step(new Ty.Slice(((Ty.Array) last).elem()), null));
        for (int k = 0; k < steps.size(); k++) {
            Ty stepTy = steps.get(k).ty();
            if (stepTy instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL) return null;
            boolean isUnsize = unsizeStep && k == steps.size() - 1;
            for (int mode = 0; mode < 3; mode++) {
                if (isUnsize && mode == 0) continue;
                Ty recv = switch (mode) {
                    case 0 -> stepTy;
                    case 1 -> Ty.ref(stepTy);
                    default -> Ty.refMut(stepTy);
                };
                Pick p = candidates(recv, name, adjustments(steps, k, mode, isUnsize));
                if (p != null) return p;
            }
        }
        return null;
    }

    private List<Adjustment> adjustments(List<Coercion.Step> steps, int k, int mode, boolean isUnsize) {
        List<Adjustment> out = new ArrayList<>();
        int upto = isUnsize ? k - 1 : k;
        for (int j = 1; j <= upto; j++) out.add(steps.get(j).adj());
        if (mode > 0) {
            Ty base = steps.get(upto).ty();
            out.add(new Adjustment.Borrow(mode == 2, mode == 2 ? Ty.refMut(base) : Ty.ref(base)));
            if (isUnsize) {
                Ty slice = steps.get(k).ty();
                out.add(new Adjustment.Unsize(mode == 2 ? Ty.refMut(slice) : Ty.ref(slice)));
            }
        }
        return out;
    }

    /**
     * A method on an unsuffixed literal's type (`{integer}`, `{float}`): as rustc, only trait methods
     * apply (`5.to_string()`, `1.max(2)`), for traits the defaulted type (i32, f64) implements;
     * inherent ones (`2.pow(2)`) are E0689. Null when none applies.
     */
    Pick probeNumeric(Ty.Infer recv, String name) {
        outOfScope.clear();
        Ty proxy = recv.kind() == Ty.InferKind.FLOAT ? new Ty.Float(dev.heaplab.core.types.FloatTy.F64) : Ty.I32;
        for (int mode = 0; mode < 3; mode++) {
            Ty r = mode == 0 ? recv : mode == 1 ? Ty.ref(recv) : Ty.refMut(recv);
            List<Adjustment> adj = mode == 0 ? List.of() : List.of(new Adjustment.Borrow(mode == 2, r));
            Pick p = traitCandidates(r, name, adj, proxy);
            if (p != null) return p;
        }
        return null;
    }

    private Pick candidates(Ty recv, String name, List<Adjustment> adj) {
        for (ImplDef impl : fcx.cx.inherentImplsWith(name)) {
            if (impl.trait() != null) continue;
            DefId m = impl.methods().get(name);
            if (m == null) continue;
            FnDef f = fcx.cx.defs.fn(m);
            if (f == null || f.selfKind() == null || f.sig().inputs().isEmpty()
                    || !fcx.solver.mayUnify(f.sig().inputs().get(0), recv, 3)) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> implArgs = fcx.solver.freshArgs(impl.generics());
            if (fcx.icx.unify(TySubst.subst(f.sig().inputs().get(0), implArgs), recv)) {
                Unmet failed = unmetImplBounds(name, impl, implArgs);
                if (failed == null) return new Pick(m, implArgs, adj, false);
                // rustc: the impl's own bounds decide whether its methods exist (`dedup` of `impl<T: PartialEq> Vec<T>`).
                if (unmet == null || !unmet.name().equals(name)) unmet = failed;
            }
            fcx.icx.rollback(snap);
        }
        return traitCandidates(recv, name, adj, null);
    }

    /** An inherent method found in an impl whose bounds the receiver's type does not meet. */
    private record Unmet(String name, Ty selfTy, List<Ty> selfs, List<String> bounds, String requiredBy) {}

    private Unmet unmet;

    /** The impl's bounds that certainly do not hold for these arguments (none: its methods apply). */
    private Unmet unmetImplBounds(String name, ImplDef impl, List<Ty> implArgs) {
        List<Ty> selfs = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        for (var p : impl.generics().predicates()) {
            Ty self = fcx.icx.resolve(TySubst.subst(p.self(), implArgs));
            List<Ty> args = new ArrayList<>();
            for (Ty a : p.traitArgs()) args.add(fcx.icx.resolve(TySubst.subst(a, implArgs)));
            // Integer and float variables inside a type are settled enough (`Vec<{integer}>: Copy` cannot hold); a
            // bare one, or a general variable anywhere, is left to the obligation.
            if (self instanceof Ty.Infer || hasGeneralInfer(self) || args.stream().anyMatch(MethodProbe::hasInfer)) continue;
            if (fcx.solver.evaluate(new Obligation(self, p.trait(), args, Map.of(), null, 0)) != TraitSolver.Outcome.NO) continue;
            TraitDef t = fcx.cx.defs.trait(p.trait());
            if (t == null) continue;
            // A defaulted `Rhs = Self` is not shown (`P: PartialEq`), as rustc.
            String shownArgs = args.isEmpty() || args.equals(List.of(self)) ? "" : "<" + String.join(", ", args.stream().map(a -> a.display(fcx.cx.defs)).toList()) + ">";
            selfs.add(self);
            bounds.add(self.display(fcx.cx.defs) + ": " + t.name() + shownArgs);
        }
        return bounds.isEmpty() ? null : new Unmet(name, fcx.icx.resolve(TySubst.subst(impl.selfTy(), implArgs)), selfs, bounds, null);
    }

    private static boolean hasGeneralInfer(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Infer i && i.kind() == Ty.InferKind.GENERAL) found[0] = true;
            return x;
        });
        return found[0];
    }

    private static boolean hasInfer(Ty t) {
        boolean[] found = {false};
        TySubst.map(t, x -> {
            if (x instanceof Ty.Infer) found[0] = true;
            return x;
        });
        return found[0];
    }

    /** The user's traits that would provide the method but are not in scope (rustc's E0599 help), from the last probe. */
    private final List<TraitDef> outOfScope = new ArrayList<>();

    /** Did the last probe find the method in a trait that is not in scope? */
    boolean foundOutOfScope() { return !outOfScope.isEmpty(); }

    /**
     * Whether a trait's methods may be called on {@code recv}: a user trait must be in scope, unless the
     * receiver is a type parameter, trait object or opaque type (its bounds bring their traits' methods).
     */
    private boolean inScope(TraitDef t, Ty recv) {
        if (CheckedStd.isStd(t.span())) return true;
        Ty r = fcx.icx.shallow(recv);
        while (r instanceof Ty.Ref ref) r = fcx.icx.shallow(ref.inner());
        if (r instanceof Ty.Param || r instanceof Ty.Dynamic || r instanceof Ty.Opaque || r instanceof Ty.Projection) return true;
        return fcx.cx.resolver.traitInScope(fcx.scope(), t.id(), t.name());
    }

    /** Trait methods named {@code name} whose `self` type fits; {@code proxy} stands for a numeric variable's Self. */
    private Pick traitCandidates(Ty recv, String name, List<Adjustment> adj, Ty proxy) {
        for (TraitDef t : fcx.cx.traitsWithMethod(name)) {
            DefId m = t.methods().get(name);
            if (m == null) continue;
            boolean visible = inScope(t, recv);
            FnDef f = fcx.cx.defs.fn(m);
            if (f == null || f.selfKind() == null || f.sig().inputs().isEmpty()) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> traitArgs = new ArrayList<>();
            for (int i = 0; i < t.generics().params().size(); i++) traitArgs.add(fcx.icx.fresh());
            if (fcx.icx.unify(TySubst.subst(f.sig().inputs().get(0), traitArgs), recv)) {
                Ty self = proxy != null && fcx.icx.shallow(traitArgs.get(0)) instanceof Ty.Infer ? proxy : traitArgs.get(0);
                List<Ty> rest = traitArgs.subList(1, traitArgs.size());
                if (proxy != null) rest = rest.stream().map(a -> fcx.icx.shallow(a) instanceof Ty.Infer i
                        && i.kind() != Ty.InferKind.GENERAL ? proxy : a).toList();
                Obligation o = new Obligation(self, t.id(), rest, Map.of(), null, 0);
                if (fcx.solver.evaluate(o) != TraitSolver.Outcome.NO) {
                    if (visible) return new Pick(m, traitArgs, adj, true);
                    if (!outOfScope.contains(t)) outOfScope.add(t);
                } else if (proxy == null && unmet == null && visible) {
                    unmet = unmetTraitImpl(name, t, fcx.icx.resolve(self));
                }
            }
            fcx.icx.rollback(snap);
        }
        return null;
    }

    /**
     * The trait is implemented for the receiver's type only under bounds its arguments miss
     * (`impl<T: Clone> Clone for Vec<T>` with `Vec<Item>`): rustc's "the method exists … but its
     * trait bounds were not satisfied", each unmet bound "required by" the impl's. Null when no one
     * impl's header fits.
     */
    private Unmet unmetTraitImpl(String name, TraitDef t, Ty self) {
        if (!(self instanceof Ty.Adt) || hasInfer(self)) return null;
        Unmet found = null;
        for (ImplDef impl : fcx.cx.defs.implsOf(t.id())) {
            if (!fcx.solver.mayUnify(impl.selfTy(), self, 3)) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> implArgs = fcx.solver.freshArgs(impl.generics());
            if (fcx.icx.unify(TySubst.subst(impl.selfTy(), implArgs), self)) {
                Unmet u = unmetImplBounds(name, impl, implArgs);
                if (found != null || u == null) {
                    fcx.icx.rollback(snap);
                    return null;
                }
                found = new Unmet(name, self, u.selfs(), u.bounds(), self.display(fcx.cx.defs) + ": " + t.name());
            }
            fcx.icx.rollback(snap);
        }
        return found;
    }

    /** `Type::name` for an associated function: inherent impls of the type first, then its traits. */
    Pick assocFn(Ty self, String name) {
        applicable.clear();
        Ty s = fcx.icx.shallow(self);
        for (ImplDef impl : fcx.cx.inherentImplsWith(name)) {
            if (impl.trait() != null || !impl.methods().containsKey(name) || !fcx.solver.mayUnify(impl.selfTy(), s, 3)) continue;
            int snap = fcx.icx.snapshot();
            List<Ty> implArgs = fcx.solver.freshArgs(impl.generics());
            if (fcx.icx.unify(TySubst.subst(impl.selfTy(), implArgs), s)) return new Pick(impl.methods().get(name), implArgs, List.of(), false);
            fcx.icx.rollback(snap);
        }
        Pick found = null;
        for (TraitDef t : fcx.cx.traitsWithMethod(name)) {
            DefId m = t.methods().get(name);
            if (m == null) continue;
            List<Ty> traitArgs = new ArrayList<>();
            traitArgs.add(s);
            for (int i = 1; i < t.generics().params().size(); i++) traitArgs.add(fcx.icx.fresh());
            Obligation o = new Obligation(s, t.id(), traitArgs.subList(1, traitArgs.size()), Map.of(), null, 0);
            TraitSolver.Outcome outcome = fcx.solver.evaluate(o);
            if (outcome == TraitSolver.Outcome.YES) applicable.add(t);
            if (outcome != TraitSolver.Outcome.NO && found == null) found = new Pick(m, traitArgs, List.of(), true);
        }
        return found;
    }

    /**
     * Whether the last {@link #assocFn} found the name in several traits the type implements: rustc's
     * E0034 (multiple applicable items), which the caller reports.
     */
    boolean ambiguous() { return applicable.size() > 1; }

    /** The traits the type implements that define the name, for the last {@link #assocFn}. */
    final List<TraitDef> applicable = new ArrayList<>();

    /**
     * rustc's E0599 for a method whose impl's bounds are not met, with the user's types that lack
     * them and a derive suggestion for a derivable trait.
     */
    private void reportUnmet(Unmet u, Span span) {
        String selfShown = u.selfTy().display(fcx.cx.defs);
        String kindOf = u.selfTy() instanceof Ty.Adt a && fcx.cx.defs.adt(a.def()) != null && fcx.cx.defs.adt(a.def()).isEnum() ? "enum" : "struct";
        dev.heaplab.core.diag.Diagnostic.Builder d = dev.heaplab.core.diag.Diagnostic.error("E0599", "the method `" + u.name()
                + "` exists for " + kindOf + " `" + selfShown + "`, but its trait bounds were not satisfied")
                .primary(span, u.requiredBy() == null ? "" : "method cannot be called on `" + selfShown + "` due to unsatisfied trait bounds");
        StringBuilder note = new StringBuilder("the following trait bounds were not satisfied:");
        for (String b : u.bounds()) {
            note.append("\n`").append(b).append("`");
            if (u.requiredBy() != null) note.append("\nwhich is required by `").append(u.requiredBy()).append("`");
        }
        for (int i = 0; i < u.selfs().size(); i++) {
            if (u.selfs().get(i) instanceof Ty.Adt a && a.args().isEmpty() && fcx.cx.defs.adt(a.def()) != null
                    && !CheckedStd.isStd(fcx.cx.defs.adt(a.def()).span())) {
                Span head = MissingOperatorImpl.headOf(fcx, a);
                if (head != null) d.secondary(head, "doesn't satisfy `" + u.bounds().get(i) + "`");
            }
        }
        d.note(note.toString());
        for (int i = 0; i < u.selfs().size(); i++) {
            String trait = u.bounds().get(i).substring(u.bounds().get(i).indexOf(": ") + 2);
            if (u.selfs().get(i) instanceof Ty.Adt a && a.args().isEmpty()) MissingOperatorImpl.deriveHelp(fcx, d, a, trait);
        }
        fcx.cx.diags.add(d.build());
    }

    /**
     * std iterators that are not `ExactSizeIterator` (their length is unknown until they run), as
     * rustc names them in E0599: `len` on them is a real error, not an unmodelled std method.
     */
    private static final Map<String, String> NOT_EXACT_SIZE = Map.ofEntries(
            Map.entry("Filter", "Filter<I, P>"), Map.entry("FilterMap", "FilterMap<I, F>"), Map.entry("TakeWhile", "TakeWhile<I, P>"),
            Map.entry("SkipWhile", "SkipWhile<I, P>"), Map.entry("MapWhile", "MapWhile<I, P>"), Map.entry("FlatMap", "FlatMap<I, U, F>"),
            Map.entry("Flatten", "Flatten<I>"), Map.entry("Chain", "std::iter::Chain<A, B>"), Map.entry("Scan", "Scan<I, St, F>"),
            Map.entry("Chars", "Chars<'a>"), Map.entry("CharIndices", "CharIndices<'a>"), Map.entry("SplitWhitespace", "SplitWhitespace<'a>"),
            Map.entry("Lines", "Lines<'a>"));

    /** rustc's name for the receiver when {@code name} is `len` on a std iterator that is not `ExactSizeIterator`, else null. */
    private String notExactSize(Ty r, String name) {
        if (!name.equals("len")) return null;
        Ty t = r instanceof Ty.Ref ref ? ref.inner() : r;
        if (!(t instanceof Ty.Adt a)) return null;
        dev.heaplab.core.types.AdtDef def = fcx.cx.defs.adt(a.def());
        if (def == null || !CheckedStd.isStd(def.span())) return null;
        return NOT_EXACT_SIZE.get(def.name());
    }

    /** The E0599 message for a type without the method. */
    void reportMissing(Ty receiver, String name, Span span, boolean assoc) { reportMissing(receiver, name, span, assoc, -1); }

    /** {@code argCount}: the arguments of the method call (-1 when unknown), for the typo help's arity. */
    void reportMissing(Ty receiver, String name, Span span, boolean assoc, int argCount) {
        Ty r = fcx.icx.resolve(receiver);
        if (r instanceof Ty.Error) return;
        String kind = switch (r) {
            case Ty.Adt a -> fcx.cx.defs.adt(a.def()) != null && fcx.cx.defs.adt(a.def()).isEnum() ? "enum" : "struct";
            case Ty.Ref x -> "reference";
            case Ty.Param x -> "type parameter";
            case Ty.Closure x -> "closure";
            case Ty.Opaque x -> "opaque type";
            default -> "type";
        };
        if (!assoc && unmet != null && unmet.name().equals(name)) {
            reportUnmet(unmet, span);
            return;
        }
        String notExact = notExactSize(r, name);
        if (notExact != null) {
            fcx.error("E0599", "no method named `len` found for struct `" + notExact + "` in the current scope", span, "");
            return;
        }
        if (!assoc && associatedFunction(r, name)) {
            // `r.downgrade()` for `Rc::downgrade(&r)`: rustc's E0599 naming it an associated function
            var d = dev.heaplab.core.diag.Diagnostic.error("E0599", "no method named `" + name + "` found for " + kind + " `"
                    + r.display(fcx.cx.defs) + "` in the current scope").primary(span, "this is an associated function, not a method");
            if (r instanceof Ty.Adt a && MissingOperatorImpl.headOf(fcx, a) instanceof Span head) {
                d.secondary(head, "method `" + name + "` not found for this " + kind);
            }
            fcx.cx.diags.add(d.note("found the following associated functions; to be used as methods, functions must have a `self` parameter").build());
            return;
        }
        String real = StdSurface.realStdItem(r, name, fcx.cx.defs, fcx.implementsTrait(r, "Iterator", List.of()));
        if (real != null) {
            // A real std method heaplab's stubs do not model: refused, not a made-up E0599.
            fcx.cx.unsupported(span, "`" + real + "` (this part of the standard library is not modelled)");
            return;
        }
        String shown = r.display(fcx.cx.defs);
        String what = assoc ? "no function or associated item named `" + name + "` found for " + kind + " `" + shown + "` in the current scope"
                : "no method named `" + name + "` found for " + kind + " `" + shown + "` in the current scope";
        String label = assoc ? "function or associated item not found in `" + shown + "`" : "method not found in `" + shown + "`";
        if (!assoc && !outOfScope.isEmpty()) {
            dev.heaplab.core.diag.Diagnostic.Builder d = dev.heaplab.core.diag.Diagnostic.error("E0599", what).primary(span, label);
            for (TraitDef t : outOfScope) {
                FnDef f = fcx.cx.defs.fn(t.methods().get(name));
                if (f != null && f.decl() != null) d.secondary(f.decl().name().span(), "the method is available for `" + shown + "` here");
            }
            d.help("items from traits can only be used if the trait is in scope");
            fcx.cx.diags.add(d.build());
            return;
        }
        var d = dev.heaplab.core.diag.Diagnostic.error("E0599", what);
        Ty base = r;
        while (base instanceof Ty.Ref ref) base = ref.inner();
        FnDef similar = assoc || !(base instanceof Ty.Adt ba) ? null : similarMethod(ba, name);
        d.primary(span, similar == null ? label : "");
        if (r instanceof Ty.Adt a && MissingOperatorImpl.headOf(fcx, a) instanceof Span head) {
            d.secondary(head, (assoc ? "function or associated item `" : "method `") + name + "` not found for this " + kind);
        }
        if (similar != null) {
            String m = "there is a method `" + similar.name() + "` with a similar name";
            if (argCount < 0 || similar.sig().inputs().size() - 1 == argCount) d.suggestion(m, span, similar.name());
            else if (similar.decl() != null && !CheckedStd.isStd(similar.decl().span()) && fcx.cx.sources != null) {
                Span at = dev.heaplab.core.resolve.DefinitionSpans.fnSignature(similar.decl(), fcx.cx.sources);
                d.spanHelp(m + ", but with different arguments", List.of(dev.heaplab.core.diag.Label.primary(at, "")));
            }
        }
        if (similar == null && r instanceof Ty.Adt a && "clone".equals(name) && !assoc && userAdt(a) && noUserTraitMethod(name)) {
            // `x.clone()` on the user's type without `Clone`, the usual missing derive: rustc names the trait.
            d.help("items from traits can only be used if the trait is implemented and in scope");
            d.note("the following trait defines an item `clone`, perhaps you need to implement it:\ncandidate #1: `Clone`");
        }
        fcx.cx.diags.add(d.build());
    }

    private boolean userAdt(Ty.Adt a) {
        dev.heaplab.core.types.AdtDef def = fcx.cx.defs.adt(a.def());
        return def != null && !CheckedStd.isStd(def.span());
    }

    /** Does no trait of the user's declare a method {@code name} (rustc would list it as a candidate too)? */
    private boolean noUserTraitMethod(String name) {
        for (TraitDef t : fcx.cx.defs.traits()) {
            if (t.methods().containsKey(name) && t.span() != null && !CheckedStd.isStd(t.span())) return false;
        }
        return true;
    }

    /**
     * rustc's typo help for a method of one of the user's structs or enums: the most similar method
     * (with `self`) of its impls and of the traits it implements, or null.
     */
    /** Does an inherent impl of the receiver's type (references peeled) have a function {@code name} without `self`? */
    private boolean associatedFunction(Ty r, String name) {
        while (r instanceof Ty.Ref ref) r = ref.inner();
        if (!(r instanceof Ty.Adt a)) return false;
        for (ImplDef impl : fcx.cx.inherentImplsWith(name)) {
            if (impl.trait() != null || !(impl.selfTy() instanceof Ty.Adt s) || !s.def().equals(a.def())) continue;
            FnDef f = fcx.cx.defs.fn(impl.methods().get(name));
            if (f != null && f.selfKind() == null) return true;
        }
        return false;
    }

    private FnDef similarMethod(Ty.Adt a, String name) {
        dev.heaplab.core.types.AdtDef def = fcx.cx.defs.adt(a.def());
        if (def == null || CheckedStd.isStd(def.span())) return null;
        java.util.Map<String, FnDef> methods = new java.util.LinkedHashMap<>();
        for (dev.heaplab.core.types.ImplDef impl : fcx.cx.defs.impls()) {
            if (!(impl.selfTy() instanceof Ty.Adt s && s.def().equals(a.def()))) continue;
            java.util.Map<String, DefId> fns = impl.trait() == null ? impl.methods()
                    : fcx.cx.defs.trait(impl.trait()) == null ? impl.methods() : fcx.cx.defs.trait(impl.trait()).methods();
            for (var e : fns.entrySet()) {
                DefId id = impl.methods().getOrDefault(e.getKey(), e.getValue());
                FnDef f = fcx.cx.defs.fn(id);
                if (f != null && f.selfKind() != null) methods.putIfAbsent(e.getKey(), f);
            }
        }
        String best = dev.heaplab.core.resolve.SimilarName.bestWithSubstrings(new ArrayList<>(methods.keySet()), name);
        return best == null ? null : methods.get(best);
    }
}
