package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Checks that a reference parameter's borrow reaching the return value has the lifetime the
 * signature promises. Rules:
 * <ul>
 * <li>the return type's lifetime is its written one, or by elision that of `&self`, or of the only
 *     reference parameter;</li>
 * <li>a parameter's own lifetime is its written one, or an anonymous one of its own;</li>
 * <li>they must be the same, or the parameter's must be `'static`;</li>
 * <li>otherwise: E0621 when the return lifetime is named and the parameter's is anonymous, else
 *     "lifetime may not live long enough".</li>
 * </ul>
 */
final class ReturnRegions {
    private final Body body;
    private final FnDef fn;
    private final LoanFlow flow;
    private final List<Diagnostic> out;
    private boolean reported;

    private final java.util.function.Predicate<Ty.Adt> borrowingAdt;

    private final dev.heaplab.core.types.ClosureDef closure;
    private final ProgramDefs defs;
    private final dev.heaplab.core.source.SourceFile source;

    ReturnRegions(Body body, ProgramDefs defs, LoanFlow flow, List<Diagnostic> out, java.util.function.Predicate<Ty.Adt> borrowingAdt,
                  dev.heaplab.core.source.SourceFile source) {
        this.borrowingAdt = borrowingAdt;
        this.defs = defs;
        this.closure = defs.closure(body.def());
        this.source = source;
        this.body = body;
        this.fn = defs.fn(body.def());
        this.flow = flow;
        this.out = out;
    }

    void returned(BitSet loans, Span span) {
        if (fn == null && closure != null && !reported) closureReturned(loans, span);
        if (fn == null || reported) return;
        if (preciseCaptures() != null) {
            capturesReturned(loans, span);
            return;
        }
        String outRegion = returnRegion();
        if (outRegion == null) return;
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal()) continue;
            int k = l.holder().index() - 1;
            if (flow.innerUniversal(l)) {
                if (innerReturned(k, flow.fieldRegion(l), outRegion, span)) return;
                continue;
            }
            // A by-value parameter's lifetimes are all read from its written type, not only the first.
            boolean byValue = PointeeLifetimes.ofValue(fn, defs, borrowingAdt, k) != null;
            String argRegion = byValue ? null : paramRegion(k);
            if (argRegion == null) {
                if (valueReturned(k, outRegion, span)) return;
                continue;
            }
            if (argRegion.equals(outRegion) || outlives().proves(argRegion, outRegion)) continue;
            reported = true;
            String name = body.local(l.holder()).name();
            if (!outRegion.startsWith("anon") && !outRegion.equals("'static") && argRegion.startsWith("anon") && name != null && !isSelf(l.holder())) {
                Diagnostic.Builder d = Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                        .primary(span, "lifetime `" + outRegion + "` required");
                TargetRegions.explicitLifetime(d, fn, name, outRegion);
                out.add(d.build());
            } else if (outRegion.equals("'static") && !isSelf(l.holder()) && staticRequired(k, argRegion, name, span)) {
                return;
            } else if (!outRegion.startsWith("anon") && !argRegion.startsWith("anon") && !outRegion.equals("'static")) {
                String what = fn.selfKind() != null ? "method" : "function";
                Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                        .primary(span, what + " was supposed to return data with lifetime `" + outRegion
                                + "` but it is returning data with lifetime `" + argRegion + "`");
                TargetRegions.labelDefinitions(d, fn, defs, outRegion, argRegion);
                out.add(d.help("consider adding the following bound: `" + argRegion + ": " + outRegion + "`").build());
            } else if (!regionError(span, k, false, argRegion, outRegion)) {
                out.add(Diagnostic.error(null, "lifetime may not live long enough")
                        .primary(span, "returning this value requires that the borrow outlives the function's lifetime")
                        .build());
            }
            return;
        }
    }

    /**
     * rustc's "lifetime may not live long enough" with its names for the two regions: data of region
     * {@code arg} (parameter {@code k}'s, or with {@code inner} that of the first reference in its
     * pointee) returned where {@code out} was promised. A named lifetime is labelled where it is
     * declared (the function's generics or its impl's); an elided one is called `'1`, `'2`… in the
     * order rustc names them, the returned data's first, at the `&` that carries it. When both are
     * elided, or only the promised one is, rustc offers to name them. False (nothing reported) when
     * a `&` to label is not written in the signature.
     */
    private boolean regionError(Span span, int k, boolean inner, String arg, String promised) {
        Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough");
        int[] next = {1};
        String argName = regionName(d, arg, k, inner, next);
        if (argName == null) return false;
        String outName = promised.equals("'static") ? promised : regionName(d, promised, promised.startsWith("anon") ? Integer.parseInt(promised.substring(4)) : -1, false, next);
        if (outName == null) return false;
        if (promised.equals("'static")) {
            d.primary(span, "returning this value requires that `" + argName + "` must outlive `'static`");
        } else {
            String what = fn.selfKind() != null ? "method" : "function";
            d.primary(span, what + " was supposed to return data with lifetime `" + outName + "` but it is returning data with lifetime `" + argName + "`");
            Span ret = elidedReturnRef();
            boolean argElided = !argName.equals(arg);
            if (promised.startsWith("anon") && ret != null) {
                String update = fn.parentImpl() != null ? " and update trait if needed" : "";
                if (!argElided) {
                    d.multipartSuggestion("consider reusing a named lifetime parameter" + update,
                            List.of(new dev.heaplab.core.diag.Suggestion.Part(new Span(ret.lo() + 1, ret.lo() + 1), arg + " ")));
                } else {
                    String fresh = freshLifetime();
                    Span amp = refOf(k, inner);
                    List<dev.heaplab.core.diag.Suggestion.Part> parts = new ArrayList<>();
                    List<Generics.GenericParam> params = fn.decl().generics().params();
                    parts.add(params.isEmpty()
                            ? new dev.heaplab.core.diag.Suggestion.Part(new Span(fn.decl().name().span().hi(), fn.decl().name().span().hi()), "<" + fresh + ">")
                            : new dev.heaplab.core.diag.Suggestion.Part(new Span(params.get(0).name().span().lo(), params.get(0).name().span().lo()), fresh + ", "));
                    parts.add(new dev.heaplab.core.diag.Suggestion.Part(new Span(amp.hi(), amp.hi()), fresh + " "));
                    parts.add(new dev.heaplab.core.diag.Suggestion.Part(new Span(ret.lo() + 1, ret.lo() + 1), fresh + " "));
                    d.multipartSuggestion("consider introducing a named lifetime parameter" + update, parts);
                }
            }
        }
        out.add(d.build());
        return true;
    }

    /** Labels region {@code region} as rustc names it (see {@link #regionError}); null when its `&` is not written. */
    private String regionName(Diagnostic.Builder d, String region, int k, boolean inner, int[] next) {
        if (region.startsWith("anon") || region.equals("'_")) {
            Span amp = refOf(k, inner);
            if (amp == null) return null;
            String name = "'" + next[0]++;
            d.secondary(amp, "let's call the lifetime of this reference `" + name + "`");
            return name;
        }
        if (region.equals("'static")) return region;
        TargetRegions.labelDeclared(d, fn, defs, region);
        return region;
    }

    /** The `&` of parameter {@code k} (`&self` included) written without a lifetime; with {@code inner}, the first one in its pointee. */
    private Span refOf(int k, boolean inner) {
        var self = fn.decl() == null ? null : fn.decl().selfParam();
        if (k == 0 && self != null) {
            boolean byRef = self.kind() == Item.SelfKind.REF || self.kind() == Item.SelfKind.REF_MUT;
            return byRef && !inner && self.lifetime() == null && self.explicitType() == null ? new Span(self.span().lo(), self.span().lo() + 1) : null;
        }
        return TargetRegions.refSpan(fn, k, inner);
    }

    /** The first `&` written without a lifetime in the return type (inside `Option<..>`, `impl Trait<Item = ..>`…), or null. */
    private Span elidedReturnRef() {
        if (fn.decl() == null || fn.decl().ret() == null) return null;
        Span[] found = {null};
        firstElidedRef(fn.decl().ret(), found);
        return found[0];
    }

    private static void firstElidedRef(dev.heaplab.core.syntax.TypeExpr t, Span[] found) {
        if (found[0] != null || t == null) return;
        switch (t) {
            case dev.heaplab.core.syntax.TypeExpr.RefType r -> {
                if (r.lifetime() == null) found[0] = new Span(r.span().lo(), r.span().lo() + 1);
                else firstElidedRef(r.inner(), found);
            }
            case dev.heaplab.core.syntax.TypeExpr.PathType p -> {
                for (var seg : p.path().segments()) for (var a : seg.args()) elidedRefIn(a, found);
            }
            case dev.heaplab.core.syntax.TypeExpr.ImplTraitType it -> {
                for (Generics.Bound b : it.bounds()) {
                    if (b instanceof Generics.Bound.TraitBound tb) for (var seg : tb.path().segments()) for (var a : seg.args()) elidedRefIn(a, found);
                }
            }
            case dev.heaplab.core.syntax.TypeExpr.TupleType tt -> tt.elems().forEach(e -> firstElidedRef(e, found));
            case dev.heaplab.core.syntax.TypeExpr.SliceType s -> firstElidedRef(s.elem(), found);
            case dev.heaplab.core.syntax.TypeExpr.ArrayType a -> firstElidedRef(a.elem(), found);
            default -> { }
        }
    }

    private static void elidedRefIn(dev.heaplab.core.syntax.Path.GenericArg a, Span[] found) {
        switch (a) {
            case dev.heaplab.core.syntax.Path.GenericArg.TypeArg ta -> firstElidedRef(ta.type(), found);
            case dev.heaplab.core.syntax.Path.GenericArg.AssocBinding ab -> firstElidedRef(ab.type(), found);
            default -> { }
        }
    }

    /** rustc's name for a lifetime it introduces: `'a`, or the next letter not declared on the function or its impl. */
    private String freshLifetime() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Generics.GenericParam p : fn.decl().generics().params()) taken.add(p.name().name());
        var impl = fn.parentImpl() == null ? null : defs.impl(fn.parentImpl());
        if (impl != null && impl.decl() != null) for (Generics.GenericParam p : impl.decl().params()) taken.add(p.name().name());
        for (char c = 'a'; c <= 'z'; c++) if (!taken.contains("'" + c)) return "'" + c;
        return "'a";
    }

    /**
     * A parameter's borrow returned where only `'static` ones may go (`-> &'static str`,
     * `-> impl Trait + 'static`, `-> Box<dyn Trait + 'static>`): rustc names the parameter's lifetime
     * (`'a`, or `'1` on its `&`) and, for an explicit `'static` bound, offers to change it to that
     * lifetime or to make the parameter `'static`. False when the parameter's `&` cannot be found.
     */
    private boolean staticRequired(int k, String argRegion, String name, Span span) {
        boolean anon = argRegion.startsWith("anon");
        Span amp = anon ? TargetRegions.refSpan(fn, k, false) : null;
        if (anon && amp == null) return false;
        String shown = anon ? "'1" : argRegion;
        Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough");
        if (anon) d.secondary(amp, "let's call the lifetime of this reference `'1`");
        else TargetRegions.labelDefinitions(d, fn, defs, argRegion, argRegion);
        d.primary(span, "returning this value requires that `" + shown + "` must outlive `'static`");
        dev.heaplab.core.syntax.TypeExpr ret = fn.decl().ret();
        List<Generics.Bound> bounds = ret instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it ? it.bounds()
                : boxedDyn(ret) instanceof dev.heaplab.core.syntax.TypeExpr.DynTraitType dt ? dt.bounds() : List.of();
        Generics.Bound.LifetimeBound explicit = null;
        for (Generics.Bound b : bounds) {
            if (b instanceof Generics.Bound.LifetimeBound lb && lb.lifetime().name().equals("'static")) explicit = lb;
        }
        var param = name == null ? null : fn.decl().params().get(k - (fn.selfKind() != null ? 1 : 0));
        if (explicit != null && param != null && param.type() instanceof dev.heaplab.core.syntax.TypeExpr.RefType r && source != null) {
            int end = Generics.Bound.end(ret.span().hi(), bounds);
            String what = ret instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType
                    ? "`" + source.text().substring(ret.span().lo() - source.startPos(), end - source.startPos()) + "`'s"
                    : "the trait object's";
            d.suggestion("consider changing " + what + " explicit `'static` bound to the lifetime of argument `" + name + "`",
                    explicit.lifetime().span(), anon ? "'_" : argRegion);
            if (anon) {
                d.suggestion("alternatively, add an explicit `'static` bound to this reference", new Span(r.span().lo() + 1, r.span().lo() + 1), "'static ");
            } else {
                d.suggestion("alternatively, add an explicit `'static` bound to this reference", r.lifetime().span(), "'static");
            }
        }
        reported = true;
        out.add(d.build());
        return true;
    }

    /** The `dyn Trait` of a written `Box<dyn Trait>`, else null. */
    private static dev.heaplab.core.syntax.TypeExpr boxedDyn(dev.heaplab.core.syntax.TypeExpr t) {
        if (!(t instanceof dev.heaplab.core.syntax.TypeExpr.PathType p) || p.path().segments().isEmpty()) return null;
        var last = p.path().segments().get(p.path().segments().size() - 1);
        if (!last.name().name().equals("Box") || last.args().size() != 1) return null;
        return last.args().get(0) instanceof dev.heaplab.core.syntax.Path.GenericArg.TypeArg ta ? ta.type() : null;
    }

    /**
     * Data copied out of parameter {@code k}'s pointee (`w[0]` for `w: &[&'b str]`) lives as long as
     * the lifetimes written inside that pointee. Each must outlive the returned one: be it, be
     * `'static`, be declared to (`'b: 'a`), or be implied to because the return lifetime is the
     * parameter's own (`&'a [&'b str]` implies `'b: 'a`). Else E0621 when the inner lifetime is
     * elided, "lifetime may not live long enough" when it is named. Reports and returns true on error.
     */
    private boolean innerReturned(int k, String field, String outRegion, Span span) {
        if (outRegion.equals(paramRegion(k))) return false;
        // read out of a struct field naming one lifetime (see LoanFlow#fieldRegion): that one only
        List<String> inner = field != null && outRegion.equals(StructSlots.singleWrittenLifetime(fn, defs, TypeQueries.of(defs)))
                ? List.of(field) : PointeeLifetimes.of(fn, defs, borrowingAdt, k);
        if (inner == null) return false;
        for (String rho : inner) {
            if (rho.equals(outRegion) || rho.equals("'static") || outlives().proves(rho, outRegion)) continue;
            String name = bindingName(k);
            reported = true;
            if (rho.equals("'_") && !outRegion.startsWith("anon") && !outRegion.equals("'static") && name != null) {
                out.add(Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                        .primary(span, "lifetime `" + outRegion + "` required").build());
            } else if (!rho.equals("'_") && !outRegion.startsWith("anon")) {
                String what = fn.selfKind() != null ? "method" : "function";
                Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                        .primary(span, what + " was supposed to return data with lifetime `" + outRegion
                                + "` but it is returning data with lifetime `" + rho + "`");
                TargetRegions.labelDefinitions(d, fn, defs, outRegion, rho);
                out.add(d.help("consider adding the following bound: `" + rho + ": " + outRegion + "`").build());
            } else if (!regionError(span, k, true, rho, outRegion)) {
                out.add(Diagnostic.error(null, "lifetime may not live long enough")
                        .primary(span, "returning this value requires that the borrow outlives the function's lifetime")
                        .build());
            }
            return true;
        }
        return false;
    }

    /**
     * Data read out of by-value parameter {@code k} (`w.text` for `w: Wrapper<'b>`) lives for the
     * lifetimes written in its type; each must be the returned one, `'static` or declared to outlive
     * it. When only some of several do, which one the returned data has is not tracked: refused
     * rather than guessed. Reports and returns true on error.
     */
    private boolean valueReturned(int k, String outRegion, Span span) {
        List<String> written = PointeeLifetimes.ofValue(fn, defs, borrowingAdt, k);
        if (written == null) return false;
        List<String> regions = written.stream().filter(r -> !r.equals("'static")).distinct().toList();
        List<String> failing = regions.stream()
                .filter(r -> !r.equals(outRegion) && (r.equals("'_") || !outlives().proves(r, outRegion)))
                .toList();
        if (failing.isEmpty() || outRegion.startsWith("anon")) return false;
        reported = true;
        String name = bindingName(k);
        String rho = failing.get(0);
        if (failing.size() < regions.size()) {
            out.add(Diagnostic.unsupported(span, "returning data from a parameter whose type has several lifetimes, "
                    + "not all of which outlive the result"));
        } else if (rho.equals("'_") && !outRegion.equals("'static") && name != null) {
            out.add(Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                    .primary(span, "lifetime `" + outRegion + "` required").build());
        } else if (!rho.equals("'_")) {
            String what = fn.selfKind() != null ? "method" : "function";
            Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, what + " was supposed to return data with lifetime `" + outRegion
                            + "` but it is returning data with lifetime `" + rho + "`");
            TargetRegions.labelDefinitions(d, fn, defs, outRegion, rho);
            out.add(d.help("consider adding the following bound: `" + rho + ": " + outRegion + "`").build());
        } else {
            out.add(Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "returning this value requires that the borrow outlives the function's lifetime").build());
        }
        return true;
    }

    /**
     * A closure bound by a plain `let` has no expected signature: a parameter written `&T` gets a
     * lifetime of its own, which its result (written or inferred) cannot have. Returning a borrow
     * of that parameter is "lifetime may not live long enough" (rustc's `'1` must outlive `'2`).
     */
    private void closureReturned(BitSet loans, Span span) {
        if (!letBound()) return;
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            int k = l.holder().index() - 2;
            if (!l.universal() || flow.innerUniversal(l) || k < 0 || k >= closure.expr().params().size()) continue;
            var written = closure.expr().params().get(k).type();
            if (!(written instanceof dev.heaplab.core.syntax.TypeExpr.RefType r) || r.lifetime() != null) continue;
            reported = true;
            out.add(Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "returning this value requires that `'1` must outlive `'2`").build());
            return;
        }
    }

    /** Is the closure the whole initialiser of an unannotated `let x =`? */
    private boolean letBound() {
        // asked at every write of the closure's return place: read once (a regular expression over its line)
        if (letBound == null) letBound = letBoundNow();
        return letBound;
    }

    private Boolean letBound;

    private boolean letBoundNow() {
        if (source == null || !source.contains(closure.span().lo())) return false;
        String text = source.text();
        int at = closure.span().lo() - source.startPos();
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return LET_BINDING.matcher(text.substring(lineStart, at)).matches();
    }

    /** What precedes a closure bound by `let x =` on its line (compiled once, not at each closure). */
    private static final java.util.regex.Pattern LET_BINDING = java.util.regex.Pattern.compile("\\s*let\\s+(mut\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*");

    private SignatureOutlives outlives;

    /** What the signature proves about its lifetimes (built when first asked). */
    private SignatureOutlives outlives() {
        if (outlives == null) outlives = new SignatureOutlives(fn);
        return outlives;
    }

    /** The name parameter {@code k} (`self` first) binds, or null for `self` or a pattern. */
    private String bindingName(int k) {
        int i = k - (fn.selfKind() != null ? 1 : 0);
        if (i < 0 || i >= fn.decl().params().size()) return null;
        return fn.decl().params().get(i).pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b ? b.name().name() : null;
    }

    /**
     * The `use<..>` list of an `impl Trait` return type with no lifetime bound, or null. Such a
     * hidden type may hold only the lifetimes listed (or ones the signature proves outlive one of them).
     */
    private List<String> preciseCaptures() {
        if (fn.decl() == null || !(fn.decl().ret() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it)) return null;
        if (it.bounds().stream().anyMatch(b -> b instanceof Generics.Bound.LifetimeBound)) return null;
        ProgramDefs.OpaqueBounds ob = defs.opaque(body.def());
        return ob == null || ob.captures() == null ? null : ob.captures().stream().filter(c -> c.startsWith("'")).toList();
    }

    /** Is the parameter lifetime {@code rho} (`anonK` when elided) in the `use<..>` list, or does it outlive one there? */
    private boolean captured(String rho, List<String> captures) {
        boolean elided = rho.startsWith("anon") || rho.equals("'_");
        return rho.equals("'static") || SignatureRegions.inCaptures(elided ? null : rho, captures, outlives());
    }

    /** E0700: a parameter's borrow reaches a hidden type whose `use<..>` list does not capture its lifetime. */
    private void capturesReturned(BitSet loans, Span span) {
        List<String> captures = preciseCaptures();
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal()) continue;
            int k = l.holder().index() - 1;
            List<String> regions;
            if (flow.innerUniversal(l)) regions = PointeeLifetimes.of(fn, defs, borrowingAdt, k);
            else if (PointeeLifetimes.ofValue(fn, defs, borrowingAdt, k) != null) regions = PointeeLifetimes.ofValue(fn, defs, borrowingAdt, k);
            else regions = paramRegion(k) == null ? null : List.of(paramRegion(k));
            if (regions == null) continue;
            for (String rho : regions) {
                if (captured(rho, captures)) continue;
                reported = true;
                out.add(hiddenTypeCaptures(rho, k, span));
                return;
            }
        }
    }

    private Diagnostic hiddenTypeCaptures(String rho, int k, Span span) {
        var it = (dev.heaplab.core.syntax.TypeExpr.ImplTraitType) fn.decl().ret();
        Span useSpan = null;
        for (Generics.Bound b : it.bounds()) if (b instanceof Generics.Bound.UseBound ub) useSpan = ub.span();
        String opaque = source == null ? "impl Trait" : source.text().substring(it.span().lo() - source.startPos(),
                Generics.Bound.end(it.span().hi(), it.bounds().stream().filter(b -> b instanceof Generics.Bound.TraitBound).toList())
                        - source.startPos());
        String hidden = fn.sig().output().display(defs);
        boolean anon = rho.startsWith("anon") || rho.equals("'_");
        String shown = anon ? "'_" : rho;
        Diagnostic.Builder d = Diagnostic.error("E0700", "hidden type for `" + opaque + "` captures lifetime that does not appear in bounds")
                .primary(span, "");
        Span def = null;
        if (anon) {
            // rustc underlines the whole parameter type holding the anonymous lifetime
            int i = k - (fn.sig().inputs().size() - fn.decl().params().size());
            def = i >= 0 && i < fn.decl().params().size() ? fn.decl().params().get(i).type().span() : TargetRegions.refSpan(fn, k, false);
        }
        if (!anon) for (Generics.GenericParam p : fn.decl().generics().params())
            if (p instanceof Generics.GenericParam.LifetimeParam lp && lp.name().name().equals(rho)) def = lp.name().span();
        if (def != null) d.secondary(def, anon ? "hidden type `" + hidden + "` captures the anonymous lifetime defined here"
                : "hidden type `" + hidden + "` captures the lifetime `" + rho + "` as defined here");
        d.secondary(it.withBounds(), "opaque type defined here");
        if (useSpan != null && source != null) {
            // `use<>` gets `'a` inside the brackets; `use<'b>` gets `, 'a` before `>`
            int close = useSpan.hi() - 1;
            boolean empty = source.text().substring(useSpan.lo() - source.startPos(), close - source.startPos()).trim().endsWith("<");
            d.suggestion("add `" + shown + "` to the `use<...>` bound to explicitly capture it", new Span(close, close),
                    empty ? shown : ", " + shown);
        }
        return d.build();
    }

    /** rustc's E0621 names a parameter binding; `self` gets the general region error instead. */
    private boolean isSelf(dev.heaplab.core.mir.Local l) { return l.index() == 1 && fn.selfKind() != null; }

    /** The lifetime of the returned reference, resolved through elision; null when none applies. */
    private String returnRegion() {
        // `impl Trait + 'x`: the bound, not the hidden type's regions, says what may be returned; without
        // one, edition 2024 captures every lifetime in scope, so any parameter's borrow may be.
        if (fn.decl() != null && fn.decl().ret() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it) {
            if (boundStatic(it)) return "'static";
            String bound = null;
            for (Generics.Bound b : it.bounds()) {
                if (b instanceof Generics.Bound.LifetimeBound lb) bound = lb.lifetime().name();
            }
            if (bound == null) return itemRegion();
            return bound.equals("'_") ? elidedRegion() : bound;
        }
        // `Box<dyn Trait + 'x>`: as `impl Trait + 'x`, the trait object's bound says what it may hold
        if (fn.decl() != null && boxedDyn(fn.decl().ret()) instanceof dev.heaplab.core.syntax.TypeExpr.DynTraitType dt) {
            String bound = null;
            for (Generics.Bound b : dt.bounds()) {
                if (b instanceof Generics.Bound.LifetimeBound lb) bound = lb.lifetime().name();
            }
            if (bound != null) return bound.equals("'_") ? elidedRegion() : bound;
        }
        List<Region> rs = regions(fn.sig().output());
        if (rs.isEmpty()) {
            // Struct lifetime arguments (`-> Person<'a>`) are only in the signature's syntax.
            String written = fn.decl() == null || fn.decl().ret() == null ? null : writtenLifetime(fn.decl().ret());
            if (written != null) return written;
            String self = selfLifetime();
            if (self != null) return self;
            if (fn.decl() != null && fn.decl().ret() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it && boundStatic(it)) return "'static";
            return fn.decl() != null && fn.decl().ret() != null && staticOnly(fn.decl().ret(), fn.sig().output()) ? "'static" : null;
        }
        Region r = rs.get(0);
        return r.isNamed() ? r.name() : elidedRegion();
    }

    /**
     * `impl Iterator<Item = &'a T>` without a lifetime bound: the items are data of lifetime `'a`, so
     * a parameter's borrow the hidden type holds must live that long (taken as the items' source;
     * null when the bindings name no lifetime or several).
     */
    private String itemRegion() {
        ProgramDefs.OpaqueBounds ob = defs.opaque(body.def());
        String item = null;
        if (ob != null) for (var p : ob.bounds()) for (Ty t : p.assocBindings().values()) for (Region r : regions(t)) {
            if (!r.isNamed() || r.name().equals("'static")) continue;
            if (item != null && !item.equals(r.name())) return null;
            item = r.name();
        }
        return item;
    }

    /** An elided output lifetime by rustc's rules: `&self`'s, else the only reference parameter's; null when ambiguous. */
    private String elidedRegion() {
        if (fn.selfKind() == Item.SelfKind.REF || fn.selfKind() == Item.SelfKind.REF_MUT) return paramRegion(0);
        String only = null;
        for (int k = 0; k < fn.sig().inputs().size(); k++) {
            if (regions(fn.sig().inputs().get(k)).isEmpty()) continue;
            if (only != null) return null;
            only = paramRegion(k);
        }
        return only;
    }

    /** The outermost lifetime of parameter {@code k}: written, or anonymous and its own. */
    private String paramRegion(int k) {
        if (k < 0 || k >= fn.sig().inputs().size()) return null;
        List<Region> rs = regions(fn.sig().inputs().get(k));
        if (rs.isEmpty()) return null;
        Region r = rs.get(0);
        return r.isNamed() ? r.name() : "anon" + k;
    }

    /**
     * A return type with no lifetime in it can hold only `'static` borrows: `Box<dyn Trait>` (the
     * default object lifetime), or a concrete type whose references are all `'static`. Type
     * parameters, `impl Trait`, closures and structs with hidden lifetimes are left alone.
     */
    private boolean staticOnly(dev.heaplab.core.syntax.TypeExpr written, Ty out) {
        boolean[] open = {false};
        dev.heaplab.core.types.TySubst.map(out, x -> {
            switch (x) {
                case Ty.Param p -> open[0] = true;
                case Ty.Projection p -> open[0] = true;
                case Ty.Closure c -> open[0] = true;
                case Ty.Infer i -> open[0] = true;
                case Ty.Adt a when borrowingAdt.test(a) -> open[0] = true;
                default -> { }
            }
            return x;
        });
        return !open[0] && !mentionsImplTrait(written);
    }

    /** `impl Trait + 'static`: the hidden type may hold only `'static` borrows, whatever edition 2024 captures. */
    private static boolean boundStatic(dev.heaplab.core.syntax.TypeExpr.ImplTraitType it) {
        return it.bounds().stream().anyMatch(b -> b instanceof dev.heaplab.core.syntax.Generics.Bound.LifetimeBound lb
                && lb.lifetime().name().equals("'static"));
    }

    private static boolean mentionsImplTrait(dev.heaplab.core.syntax.TypeExpr t) {
        return switch (t) {
            case dev.heaplab.core.syntax.TypeExpr.ImplTraitType i -> true;
            case dev.heaplab.core.syntax.TypeExpr.PathType p -> p.path().segments().stream().flatMap(s -> s.args().stream())
                    .anyMatch(a -> a instanceof dev.heaplab.core.syntax.Path.GenericArg.TypeArg ta && mentionsImplTrait(ta.type()));
            case dev.heaplab.core.syntax.TypeExpr.TupleType tt -> tt.elems().stream().anyMatch(ReturnRegions::mentionsImplTrait);
            // `dyn T + 'a` may hold `'a` borrows; `dyn T + 'static` holds only `'static` ones.
            case dev.heaplab.core.syntax.TypeExpr.DynTraitType d -> d.bounds().stream()
                    .anyMatch(b -> b instanceof dev.heaplab.core.syntax.Generics.Bound.LifetimeBound lb && !lb.lifetime().name().equals("'static"));
            default -> false;
        };
    }

    /**
     * `-> Self` in an impl with one lifetime parameter (`impl<'a> Parser<'a>`): Self carries it. The
     * impl's written self type is not kept, so an impl with several lifetimes gives null.
     */
    private String selfLifetime() {
        if (!(fn.decl().ret() instanceof dev.heaplab.core.syntax.TypeExpr.PathType p) || p.path().segments().size() != 1
                || !p.path().segments().get(0).name().name().equals("Self") || fn.parentImpl() == null) return null;
        var impl = defs.impl(fn.parentImpl());
        if (impl == null || impl.decl() == null || impl.trait() != null) return null;
        List<String> lifetimes = new ArrayList<>();
        for (Generics.GenericParam g : impl.decl().params()) {
            if (g instanceof Generics.GenericParam.LifetimeParam lp) lifetimes.add(lp.name().name());
        }
        return lifetimes.size() == 1 ? lifetimes.get(0) : null;
    }

    private static String writtenLifetime(dev.heaplab.core.syntax.TypeExpr t) {
        if (t instanceof dev.heaplab.core.syntax.TypeExpr.PathType p) {
            for (var seg : p.path().segments()) {
                for (var a : seg.args()) {
                    if (a instanceof dev.heaplab.core.syntax.Path.GenericArg.LifetimeArg l && !l.lifetime().name().equals("'_")) {
                        return l.lifetime().name();
                    }
                }
            }
        }
        return null;
    }

    private static List<Region> regions(Ty t) {
        List<Region> out = new ArrayList<>();
        collect(t, out);
        return out;
    }

    private static void collect(Ty t, List<Region> out) {
        switch (t) {
            case Ty.Ref r -> { out.add(r.region()); collect(r.inner(), out); }
            case Ty.Adt a -> a.args().forEach(x -> collect(x, out));
            case Ty.Tuple tu -> tu.elems().forEach(x -> collect(x, out));
            case Ty.Array a -> collect(a.elem(), out);
            case Ty.Slice s -> collect(s.elem(), out);
            default -> { }
        }
    }
}
