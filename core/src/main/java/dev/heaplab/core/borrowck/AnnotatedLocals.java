package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.BitSet;
import java.util.List;

/**
 * Variables whose written type names a lifetime parameter of the function (`let best: Option<&'a str>`).
 * Borrows of locals stored there escape ({@link StaticAnnotation#annotatedNamed}); here, what parameters
 * give them. Rules:
 * <ul>
 * <li>with one lifetime parameter in scope, a reference parameter with an elided lifetime stored there
 *     is rustc's E0621 "explicit lifetime required";</li>
 * <li>with several, the variable's own region may be shorter than what it holds, which the loan flow
 *     does not track: refused as unsupported.</li>
 * </ul>
 */
final class AnnotatedLocals {
    private final Body body;
    private final FnDef fn;
    private final LoanFlow flow;
    private final List<Diagnostic> out;
    private final BitSet annotated = new BitSet();
    private final TargetRegions targets;
    private boolean reported;

    AnnotatedLocals(Body body, ProgramDefs defs, LoanFlow flow, TypeQueries tq, SourceFile source, List<Diagnostic> out) {
        this.body = body;
        this.fn = defs.fn(body.def());
        this.flow = flow;
        this.out = out;
        this.targets = fn == null || fn.decl() == null ? null : new TargetRegions(fn, defs, tq);
        if (targets == null || source == null) return;
        for (int i = 1; i < body.locals().size(); i++) {
            if (StaticAnnotation.annotatedNamed(body, new Local(i), source)) annotated.set(i);
        }
        if (annotated.isEmpty()) return;
        int lifetimes = LifetimeElision.lifetimeParams(fn.decl().generics());
        if (fn.parentImpl() != null && defs.impl(fn.parentImpl()) != null) lifetimes += LifetimeElision.lifetimeParams(defs.impl(fn.parentImpl()).decl());
        if (lifetimes > 1) {
            reported = true;
            out.add(Diagnostic.unsupported(body.local(new Local(annotated.nextSetBit(0))).span(),
                    "a variable's type naming a lifetime parameter, in a function with several lifetime parameters"));
        }
    }

    /** `x... = rvalue` into an annotated variable, with {@code held} the loans before it. */
    void assign(Statement.Assign a, BitSet[] held) {
        if (reported || !annotated.get(a.place().local().index())) return;
        BitSet loans = new BitSet();
        flow.rvalueLoansOf(held, a.rvalue(), loans);
        for (int id = loans.nextSetBit(0); id >= 0; id = loans.nextSetBit(id + 1)) {
            Loan l = flow.loans().get(id);
            if (!l.universal() || flow.innerUniversal(l)) continue;
            String q = targets.paramRegion(l.holder().index());
            String name = body.local(l.holder()).name();
            String wanted = namedRegion(body.local(a.place().local()).ty());
            if (q == null || !TargetRegions.anonymous(q) || name == null || wanted == null || l.holder().index() == 1 && fn.selfKind() != null) continue;
            reported = true;
            Diagnostic.Builder d = Diagnostic.error("E0621", "explicit lifetime required in the type of `" + name + "`")
                    .primary(a.span(), "lifetime `" + wanted + "` required");
            TargetRegions.explicitLifetime(d, fn, name, wanted);
            out.add(d.build());
            return;
        }
    }

    private static String namedRegion(Ty t) {
        String[] found = {null};
        dev.heaplab.core.types.TySubst.map(t, x -> {
            if (found[0] == null && x instanceof Ty.Ref r && r.region().kind() == dev.heaplab.core.types.Region.Kind.NAMED) found[0] = r.region().name();
            return x;
        });
        return found[0];
    }
}
