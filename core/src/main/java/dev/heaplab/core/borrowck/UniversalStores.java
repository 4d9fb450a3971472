package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.List;

/**
 * Checks what a function stores behind its reference parameters against their signature: a
 * parameter `q`'s borrow stored behind parameter `p` (`v.push(q)`, `self.f = q`, `*slot = q`) must
 * outlive every lifetime inside `p`'s pointee ({@link TargetRegions}). Rules, for the first failing one:
 * <ul>
 * <li>an explicit `'static` inside `p`: E0521 "borrowed data escapes outside of function";</li>
 * <li>`q`'s lifetime anonymous and the target named: E0621 "explicit lifetime required";</li>
 * <li>otherwise "lifetime may not live long enough".</li>
 * </ul>
 * `q`'s lifetime outlives a target when it is `'static`, the same name, or declared so (`'b: 'a`).
 */
final class UniversalStores {
    private final Body body;
    private final FnDef fn;
    private final LoanFlow flow;
    private final TargetRegions targets;
    private final List<Diagnostic> out;
    private final TypeQueries tq;
    private final ProgramDefs defs;
    private boolean reported;

    /** What closure bodies require of their creator; null: unknown (stores in closures are refused). */
    private final ClosureSummaries closures;

    UniversalStores(Body body, ProgramDefs defs, LoanFlow flow, TypeQueries tq, List<Diagnostic> out, ClosureSummaries closures) {
        this.closures = closures;
        this.body = body;
        this.fn = defs.fn(body.def());
        this.flow = flow;
        this.targets = fn == null || fn.decl() == null ? null : new TargetRegions(fn, defs, tq);
        this.out = out;
        this.tq = tq;
        this.defs = defs;
    }

    /** `*p... = value` with {@code held} the loans before the statement. */
    void assign(Statement.Assign a, BitSet[] held) {
        staticFieldStore(a, held);
        if (targets == null || reported || a.place().isLocal()) return;
        Span blame = a.span();
        Local param;
        Loan reborrow = null;
        if (flow.escapes(a.place())) param = a.place().local();
        else {
            reborrow = reborrowedParam(a.place(), held);
            if (reborrow == null) return;
            param = reborrow.place().local();
        }
        BitSet loans = new BitSet();
        flow.rvalueLoansOf(held, a.rvalue(), loans);
        // where to blame is looked for only when a loan may be reported (check reads it for no other)
        if (reborrow != null && anotherParam(param, loans)) blame = reborrowBlame(a.place().local(), reborrow, blame);
        assigning = true;
        check(param, loans, blame);
        assigning = false;
    }

    /**
     * Is the store being checked an assignment (`*slot = s`) rather than a call argument (`v.push(s)`)?
     * rustc reports an escape to `'static` as E0521 only for the latter: "assignments aren't escapes in
     * function items" (region_errors.rs), they get the general region error.
     */
    private boolean assigning;

    /** Does {@code loans} hold a universal loan of a parameter other than {@code p} (what {@link #check} may report)? */
    private boolean anotherParam(Local p, BitSet loans) {
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.universal() && !l.holder().equals(p)) return true;
        }
        return false;
    }

    /**
     * Where rustc blames a store through a reborrow of a parameter's data (`*slot = key` with `slot` from
     * `map.get_mut(k)`): the return of the slot's value when it is returned (a return outranks the other
     * constraints on the way), else the call that made the reborrow.
     */
    private Span reborrowBlame(Local slot, Loan reborrow, Span fallback) {
        java.util.Set<Local> returned = new java.util.HashSet<>();
        Span ret = null;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Body.BasicBlock bb : body.blocks()) {
                for (Statement st : bb.statements()) {
                    if (!(st instanceof Statement.Assign x) || !x.place().isLocal()) continue;
                    boolean toReturn = x.place().local().equals(Local.RETURN) || returned.contains(x.place().local());
                    if (!toReturn) continue;
                    Place src = x.rvalue() instanceof Rvalue.Use u ? u.operand().readPlace() : x.rvalue() instanceof Rvalue.Ref r ? r.place() : null;
                    if (src == null) continue;
                    if (x.place().local().equals(Local.RETURN) && ret == null) ret = x.span();
                    if (src.local().equals(slot)) return ret != null ? ret : x.span();
                    if (body.local(src.local()).kind() == dev.heaplab.core.mir.LocalDecl.Kind.TEMP && returned.add(src.local())) grew = true;
                }
            }
        }
        for (Body.BasicBlock bb : body.blocks()) {
            if (bb.terminator() instanceof Terminator.Call c && c.args().stream().anyMatch(o -> o.readPlace() != null
                    && o.readPlace().isLocal() && o.readPlace().local().equals(reborrow.holder()))) return c.exprSpan();
        }
        return fallback;
    }

    /**
     * A write through a local that mutably borrows a parameter's data (`let slot = map.get_mut(k).unwrap();
     * *slot = q`) stores behind that parameter: the parameter, else null.
     */
    private Loan reborrowedParam(Place dest, BitSet[] held) {
        if (dest.projections().stream().noneMatch(pr -> pr instanceof Place.Projection.Deref)) return null;
        BitSet ptr = held[dest.local().index()];
        for (int id = ptr.nextSetBit(0); id >= 0; id = ptr.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.mutable() && !l.universal() && flow.escapes(l.place()) && isParam(l.place().local())
                    && !flow.refFreePlace(l.place())) return l;
        }
        return null;
    }

    /** A call may store any argument's borrows behind a `&mut` argument derived from a parameter. */
    void call(Terminator.Call c, BitSet[] held) {
        if (targets == null || reported) return;
        for (int i = 0; i < c.args().size(); i++) {
            Operand o = c.args().get(i);
            BitSet mine = new BitSet();
            flow.operandLoansOf(held, o, mine);
            BitSet others = flow.storableBeside(held, c, i);
            // What the target already holds is not stored again, except parameters' lifetimes: in a loop
            // the target holds them from the previous iteration's store, which is this one.
            BitSet already = (BitSet) mine.clone();
            for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) if (flow.loans().get(id).universal()) already.clear(id);
            others.andNot(already);
            Place p = o.readPlace();
            if (p != null && p.isLocal() && isParam(p.local()) && body.local(p.local()).ty() instanceof Ty.Ref r && r.mutable()
                    && !tq.refFree(r.inner())) {
                check(p.local(), others, c.span());
            }
            for (int id = mine.nextSetBit(0); id >= 0; id = mine.nextSetBit(id + 1)) {
                Loan l = flow.loans().get(id);
                if (l.mutable() && !l.universal() && flow.escapes(l.place()) && isParam(l.place().local())
                        && !flow.refFreePlace(l.place())) {
                    check(l.place().local(), others, c.span());
                }
            }
        }
    }

    /**
     * A parameter's borrow stored in a field written with only `'static` lifetimes (`S { name: s }`,
     * `v.name = s` with `name: &'static str`): its lifetime must outlive `'static`.
     */
    private void staticFieldStore(Statement.Assign a, BitSet[] held) {
        if (reported) return;
        if (a.rvalue() instanceof Rvalue.ClosureValue cv) capturesStored(a, cv, held);
        if (fn == null) {
            closureStaticFieldStore(a, held);
            return;
        }
        boolean field = flow.explicitStaticStorage(a.place());
        BitSet loans = flow.staticStored(held, a);
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || flow.staticArg(l.holder())) continue;
            reported = true;
            Terminator.Call call = callGiving(a, held, l);
            if (call != null) {
                // Made by a call given the parameter (`names.to_vec()`): rustc's requirement is on that argument.
                String name = body.local(l.holder()).name();
                String where = fn.selfKind() != null ? "method" : "function";
                Diagnostic.Builder d = Diagnostic.error("E0521", "borrowed data escapes outside of " + where)
                        .primary(call.exprSpan(), "`" + name + "` escapes the " + where + " body here")
                        .primary(call.exprSpan(), "argument requires that `'1` must outlive `'static`")
                        .secondary(paramPattern(l.holder()), "`" + name + "` is a reference that is only valid in the " + where + " body");
                Span amp = TargetRegions.refSpan(fn, l.holder().index() - 1, flow.innerUniversal(l));
                if (amp != null) d.secondary(amp, "let's call the lifetime of this reference `'1`");
                out.add(d.build());
                return;
            }
            String what = field ? "assignment" : "this usage";
            out.add(dev.heaplab.core.diag.Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(a.span(), what + " requires that `'1` must outlive `'static`").build());
            return;
        }
    }

    /** The pattern naming argument {@code arg} in the signature (`names` in `names: &[&str]`), else its declaration. */
    private Span paramPattern(Local arg) {
        int i = arg.index() - 1 - (fn.sig().inputs().size() - fn.decl().params().size());
        if (i >= 0 && i < fn.decl().params().size()) return fn.decl().params().get(i).pattern().span();
        return body.local(arg).span();
    }

    /**
     * The call whose result, stored by {@code a} as an aggregate's operand, holds universal loan {@code l}
     * because the parameter itself was its argument (`Graph { names: names.to_vec() }`); else null.
     */
    private Terminator.Call callGiving(Statement.Assign a, BitSet[] held, Loan l) {
        if (body.local(l.holder()).name() == null || !(a.rvalue() instanceof Rvalue.Aggregate ag)) return null;
        for (var o : ag.operands()) {
            Place p = o.readPlace();
            if (p == null || !p.isLocal() || body.local(p.local()).kind() != dev.heaplab.core.mir.LocalDecl.Kind.TEMP) continue;
            BitSet mine = new BitSet();
            flow.operandLoansOf(held, o, mine);
            if (!mine.get(l.id())) continue;
            for (Body.BasicBlock bb : body.blocks()) {
                if (bb.terminator() instanceof Terminator.Call c && c.destination().equals(p) && c.args().stream()
                        .anyMatch(arg -> arg.readPlace() != null && arg.readPlace().isLocal() && arg.readPlace().local().equals(l.holder()))) return c;
            }
        }
        return null;
    }

    /**
     * In a closure, a borrow stored in a `'static` field is a requirement on the regions it stands for
     * (rustc's closure requirements): those of the captures and of parameters whose regions are the
     * creator's ({@link ClosureRequirements}) are checked where the closure is made or passed; a parameter
     * whose regions are the closure's own (`let f = |w: &str| Tok { w }`) is too short-lived here. In other
     * shapes heaplab does not know which regions a parameter has: refused as unsupported rather than guessed.
     */
    private void closureStaticFieldStore(Statement.Assign a, BitSet[] held) {
        BitSet loans = flow.staticStored(held, a);
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || flow.staticArg(l.holder())) continue;
            if (closures != null) {
                ClosureRequirements req = closures.requirements();
                boolean inner = flow.innerUniversal(l);
                if (l.holder().index() == 1 && inner) continue; // the captures: checked where the closure is made
                if (l.holder().index() >= 2 && req.receiverDepth(body.def(), l.holder(), inner) >= 0) continue;
                if (l.holder().index() >= 2 && req.ownRegion(body.def(), l.holder(), inner)) {
                    reported = true;
                    Span use = StoreUses.of(defs, body.def(), a, held, flow, l);
                    Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                            .primary(use, "this usage requires that `'1` must outlive `'static`");
                    Span amp = paramRef(l.holder());
                    if (amp != null) d.secondary(amp, "let's call the lifetime of this reference `'1`");
                    else if (body.local(l.holder()).ty() instanceof dev.heaplab.core.types.Ty.Ref r && body.local(l.holder()).span() != null) {
                        d.secondary(body.local(l.holder()).span(), "has type `&'1 " + (r.mutable() ? "mut " : "") + r.inner().display(defs) + "`");
                    }
                    out.add(d.build());
                    return;
                }
            }
            reported = true;
            out.add(dev.heaplab.core.diag.Diagnostic.unsupported(a.span(),
                    "a closure parameter's borrow stored in a field written with `'static` lifetimes"));
            return;
        }
    }

    /** The `&` written in closure parameter {@code param}'s type (`|w: &str|`), or null. */
    private Span paramRef(Local param) {
        var def = defs.closure(body.def());
        int i = param.index() - 2;
        if (def == null || def.expr() == null || i < 0 || i >= def.expr().params().size()) return null;
        var t = def.expr().params().get(i).type();
        return t instanceof dev.heaplab.core.syntax.TypeExpr.RefType r ? new Span(r.span().lo(), r.span().lo() + 1) : null;
    }

    /**
     * A closure whose body stores what it captured in a `'static` field (its requirement, propagated): the
     * borrows of locals it captures escape ({@link LoanFlow}); a parameter's lifetime among them is too
     * short: "lifetime may not live long enough", at the closure's use, as rustc. Made in another closure,
     * whose own regions heaplab would have to propagate further: refused as unsupported.
     */
    private void capturesStored(Statement.Assign a, Rvalue.ClosureValue cv, BitSet[] held) {
        if (closures == null) return;
        ClosureSummaries.Required r = closures.required(cv.closure());
        Span use = r.envStore();
        if (use == null) return;
        BitSet loans = flow.storedCaptures(held, cv, r.envDeep());
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || flow.staticArg(l.holder())) continue;
            reported = true;
            if (fn == null) {
                out.add(Diagnostic.unsupported(use, "a closure's capture stored in a field written with `'static` lifetimes, in a closure"));
                return;
            }
            Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(use, "this usage requires that `'1` must outlive `'static`");
            Span amp = TargetRegions.refSpan(fn, l.holder().index() - 1, flow.innerUniversal(l));
            if (amp != null) d.secondary(amp, "let's call the lifetime of this reference `'1`");
            out.add(d.build());
            return;
        }
    }

    private boolean isParam(Local l) { return l.index() >= 1 && l.index() <= body.argCount(); }

    private void check(Local p, BitSet loans, Span span) {
        for (int id = loans.nextSetBit(0); id >= 0 && !reported; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || l.holder().equals(p)) continue;
            if (flow.innerUniversal(l)) {
                innerStored(p, l.holder(), span);
                continue;
            }
            String q = targets.paramRegion(l.holder().index());
            if (q == null) {
                valueStored(p, l.holder(), span);
                continue;
            }
            List<TargetRegions.Target> outer = targets.outer(p.index());
            for (TargetRegions.Target t : outer) {
                if (targets.outlives(q, t)) continue;
                report(l.holder(), q, t, span);
                break;
            }
            if (reported) break;
            // behind a reference of the storage, only the stored reference's pointee lifetimes are placed
            List<TargetRegions.Target> nested = new java.util.ArrayList<>(targets.inside(p.index()));
            for (TargetRegions.Target t : outer) nested.remove(t);
            List<String> pointee = pointeeRegions(l.holder(), q);
            for (TargetRegions.Target t : nested) {
                for (String rho : pointee) {
                    if (targets.outlives(rho, t)) continue;
                    report(l.holder(), rho, t, span);
                    break;
                }
                if (reported) break;
            }
        }
    }

    /**
     * The lifetimes inside the pointee of reference parameter {@code q} (outer lifetime {@code outer}): none
     * when it holds only `'static` references, those written otherwise; when not readable, its outer one
     * (the pointee's lifetimes outlive it).
     */
    private List<String> pointeeRegions(Local q, String outer) {
        if (body.local(q).ty() instanceof Ty.Ref r && tq.refFreeOrStatic(r.inner())) return List.of();
        var written = PointeeLifetimes.of(fn, defs, tq::adtMayBorrow, q.index() - 1);
        if (written == null) return List.of(outer);
        return written.stream().filter(x -> !x.equals("'static")).map(x -> x.equals("'_") ? "anon-inner" + q.index() : x).distinct().toList();
    }

    /**
     * Data copied out of parameter {@code q}'s pointee lives for the lifetimes written there; each
     * must outlive the storage behind {@code p}, or be implied to (the storage's lifetime is
     * {@code q}'s own outer one: `&'a [&'b str]` implies `'b: 'a`).
     */
    private void innerStored(Local p, Local q, Span span) {
        var inner = PointeeLifetimes.of(fn, defs, tq::adtMayBorrow, q.index() - 1);
        if (inner == null) return;
        String outer = targets.paramRegion(q.index());
        for (TargetRegions.Target t : targets.inside(p.index())) {
            if (t.name() != null && t.name().equals(outer)) continue;
            for (String rho : inner) {
                String region = rho.equals("'_") ? "anon-inner" + q.index() : rho;
                if (targets.outlives(region, t)) continue;
                if (t.kind() == TargetRegions.Kind.NAMED && !rho.equals("'_")) reportNamed(rho, t.name(), span);
                else report(q, region, t, span);
                return;
            }
        }
    }

    /**
     * Data read out of by-value parameter {@code q} (`w.text` for `w: Wrapper<'b>`, `s` out of
     * `o: Option<&'b str>`, `w` itself) lives for the lifetimes written in its type; each must outlive
     * the storage behind {@code p}. When only some of several do, which one the stored data has is not
     * tracked: refused rather than guessed.
     */
    private void valueStored(Local p, Local q, Span span) {
        var written = PointeeLifetimes.ofValue(fn, defs, tq::adtMayBorrow, q.index() - 1);
        if (written == null) return;
        java.util.List<String> regions = written.stream().filter(r -> !r.equals("'static"))
                .map(r -> r.equals("'_") ? "anon" + q.index() : r).distinct().toList();
        if (regions.isEmpty()) return;
        for (TargetRegions.Target t : targets.inside(p.index())) {
            java.util.List<String> failing = regions.stream().filter(r -> !targets.outlives(r, t)).toList();
            if (failing.isEmpty()) continue;
            reported = true;
            if (failing.size() < regions.size()) {
                out.add(Diagnostic.unsupported(span, "storing data from a parameter whose type has several lifetimes, "
                        + "not all of which outlive the storage"));
            } else if (t.kind() == TargetRegions.Kind.NAMED && !TargetRegions.anonymous(failing.get(0))) {
                reportNamed(failing.get(0), t.name(), span);
            } else {
                report(q, failing.get(0), t, span);
            }
            return;
        }
    }

    /** Two named lifetimes: rustc's wording, with where each is defined and the bound to add. */
    private void reportNamed(String longer, String shorter, Span span) {
        reported = true;
        Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                .primary(span, "argument requires that `" + longer + "` must outlive `" + shorter + "`");
        TargetRegions.labelDefinitions(d, fn, defs, longer, shorter);
        out.add(d.help("consider adding the following bound: `" + longer + ": " + shorter + "`").build());
    }

    private void report(Local q, String qRegion, TargetRegions.Target t, Span span) {
        reported = true;
        String name = body.local(q).name();
        String where = fn.selfKind() != null ? "method" : "function";
        if (t.kind() == TargetRegions.Kind.STATIC && assigning) {
            Diagnostic.Builder d = Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "assignment requires that `'1` must outlive `'static`");
            Span amp = TargetRegions.refSpan(fn, q.index() - 1, false);
            if (amp != null) d.secondary(amp, "let's call the lifetime of this reference `'1`");
            out.add(d.build());
        } else if (t.kind() == TargetRegions.Kind.STATIC) {
            out.add(Diagnostic.error("E0521", "borrowed data escapes outside of " + where)
                    .primary(span, "`" + name + "` escapes the " + where + " body here")
                    .secondary(body.local(q).span(), "`" + name + "` is a reference that is only valid in the " + where + " body")
                    .note("argument requires that `'1` must outlive `'static`").build());
        } else if (!(q.index() == 1 && fn.selfKind() != null) && TargetRegions.anonymous(qRegion) && (t.kind() == TargetRegions.Kind.NAMED || t.kind() == TargetRegions.Kind.IMPL) && t.name() != null && name != null) {
            Diagnostic.Builder d = Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                    .primary(span, "lifetime `" + t.name() + "` required");
            TargetRegions.explicitLifetime(d, fn, name, t.name());
            out.add(d.build());
        } else if (q.index() == 1 && fn.selfKind() != null && t.name() != null && !TargetRegions.anonymous(t.name())) {
            // rustc's E0621 never names `self`: the general error, with `self`'s lifetime called `'1`
            out.add(Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "argument requires that `'1` must outlive `" + t.name() + "`").build());
        } else {
            out.add(Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "argument requires that `" + name + "`'s lifetime outlives the lifetime of the data it is stored in")
                    .build());
        }
    }
}
