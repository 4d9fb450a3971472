package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
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

    UniversalStores(Body body, ProgramDefs defs, LoanFlow flow, TypeQueries tq, List<Diagnostic> out) {
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
        Local param = flow.escapes(a.place()) ? a.place().local() : reborrowedParam(a.place(), held);
        if (param == null) return;
        BitSet loans = new BitSet();
        flow.rvalueLoansOf(held, a.rvalue(), loans);
        check(param, loans, a.span());
    }

    /**
     * A write through a local that mutably borrows a parameter's data (`let slot = map.get_mut(k).unwrap();
     * *slot = q`) stores behind that parameter: the parameter, else null.
     */
    private Local reborrowedParam(Place dest, BitSet[] held) {
        if (dest.projections().stream().noneMatch(pr -> pr instanceof Place.Projection.Deref)) return null;
        BitSet ptr = held[dest.local().index()];
        for (int id = ptr.nextSetBit(0); id >= 0; id = ptr.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (l.mutable() && !l.universal() && flow.escapes(l.place()) && isParam(l.place().local())
                    && !flow.refFreePlace(l.place())) return l.place().local();
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
            others.andNot(mine);
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
        if (fn == null) {
            closureStaticFieldStore(a, held);
            return;
        }
        boolean field = flow.explicitStaticStorage(a.place());
        BitSet loans = new BitSet();
        if (field && !(a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Ref)) flow.rvalueLoansOf(held, a.rvalue(), loans);
        loans.or(flow.staticFieldLoans(held, a.rvalue(), false));
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || LoanFlow.onlyStatic(body.local(l.holder()).ty())) continue;
            reported = true;
            String what = field ? "assignment" : "this usage";
            out.add(dev.heaplab.core.diag.Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(a.span(), what + " requires that `'1` must outlive `'static`").build());
            return;
        }
    }

    /**
     * In a closure, a parameter's borrow stored in a `'static` field: its lifetime is inferred from the
     * creator (it may well be `'static`, as for `["a"].iter().map(|w| Tok { w: *w })`), and rustc
     * propagates the requirement there, which heaplab does not do for stores: refused as unsupported
     * rather than accepted (`s.split(' ').map(|w| Tok { w })` over a local `s` is rustc's E0597).
     */
    private void closureStaticFieldStore(Statement.Assign a, BitSet[] held) {
        boolean field = flow.explicitStaticStorage(a.place());
        BitSet loans = new BitSet();
        if (field && !(a.rvalue() instanceof dev.heaplab.core.mir.Rvalue.Ref)) flow.rvalueLoansOf(held, a.rvalue(), loans);
        loans.or(flow.staticFieldLoans(held, a.rvalue(), false));
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || LoanFlow.onlyStatic(body.local(l.holder()).ty())) continue;
            reported = true;
            out.add(dev.heaplab.core.diag.Diagnostic.unsupported(a.span(),
                    "a closure parameter's borrow stored in a field written with `'static` lifetimes"));
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
            for (TargetRegions.Target t : targets.inside(p.index())) {
                if (targets.outlives(q, t)) continue;
                report(l.holder(), q, t, span);
                break;
            }
        }
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
        TargetRegions.labelDefinitions(d, fn.decl().generics(), longer, shorter);
        out.add(d.help("consider adding the following bound: `" + longer + ": " + shorter + "`").build());
    }

    private void report(Local q, String qRegion, TargetRegions.Target t, Span span) {
        reported = true;
        String name = body.local(q).name();
        String where = fn.selfKind() != null ? "method" : "function";
        if (t.kind() == TargetRegions.Kind.STATIC) {
            out.add(Diagnostic.error("E0521", "borrowed data escapes outside of " + where)
                    .primary(span, "`" + name + "` escapes the " + where + " body here")
                    .secondary(body.local(q).span(), "`" + name + "` is a reference that is only valid in the " + where + " body")
                    .note("argument requires that `'1` must outlive `'static`").build());
        } else if (TargetRegions.anonymous(qRegion) && (t.kind() == TargetRegions.Kind.NAMED || t.kind() == TargetRegions.Kind.IMPL) && t.name() != null && name != null) {
            Diagnostic.Builder d = Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                    .primary(span, "lifetime `" + t.name() + "` required");
            TargetRegions.explicitLifetime(d, fn, name, t.name());
            out.add(d.build());
        } else {
            out.add(Diagnostic.error(null, "lifetime may not live long enough")
                    .primary(span, "argument requires that `" + name + "`'s lifetime outlives the lifetime of the data it is stored in")
                    .build());
        }
    }
}
