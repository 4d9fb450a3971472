package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point of the borrow checker. For now it checks moves and initialisation (E0382, E0381,
 * E0507, E0508), mutability (E0384, E0596, E0594) and loans with non-lexical lifetimes (E0499,
 * E0502, E0503, E0505, E0506, E0597, E0716, E0515) in the bodies of the user's file. Lifetimes in
 * signatures (E0106, E0621) and closures outliving their captures (E0373) come next.
 * Diagnostics come body by body as rustc emits them: closures before their function, each body's
 * `unused_mut` lints first, then its errors in source order.
 */
public final class BorrowCheck {
    private BorrowCheck() {}

    /** Checks the user's bodies; true when no borrow-checking error was found (lint errors aside). */
    public static boolean check(MirProgram program, Diagnostics diags) {
        // rustc checks a function's closures before the function, inner closures first, and items in
        // source order: that is the order of the bodies' ends.
        List<Body> bodies = new ArrayList<>();
        for (Body body : program.bodies().values()) {
            if (program.source().contains(body.span().lo())) bodies.add(body);
        }
        bodies.sort(Comparator.comparingInt((Body b) -> b.span().hi()).thenComparingInt(b -> -b.span().lo()));
        java.util.Map<Body, List<Diagnostic>> errors = new java.util.IdentityHashMap<>();
        java.util.Set<Span> viaDerefMut = new java.util.HashSet<>();
        ClosureSummaries closures = new ClosureSummaries(program.bodies(), program.defs());
        java.util.Map<Diagnostic, Span> notMutable = new java.util.IdentityHashMap<>();
        UnusedMut unusedMut = new UnusedMut(program.defs());
        for (Body body : bodies) {
            List<Diagnostic> own = new ArrayList<>();
            new MissingDerefMut(body, program.defs(), own, viaDerefMut).run();
            MoveCheck moves = new MoveCheck(body, program.defs(), own, program.source());
            moves.run();
            new GuardMoves(body, program.defs(), own, program.source()).run();
            new MutabilityCheck(body, program.defs(), own, program.source(), moves.initAnalysis()).recordingDecls(notMutable).withBodies(program.bodies()).run();
            new LoanCheck(body, program.defs(), own, program.source(), closures, moves.initAnalysis()).run();
            new StaticParams(body, program.defs(), own).run();
            unusedMut.scan(body, moves.initAnalysis());
            errors.put(body, own);
        }
        java.util.Map<dev.heaplab.core.types.DefId, List<Diagnostic>> lints = unusedMut.lints(bodies, program.source());
        // Per body: its lints, then its errors in source order (rustc buffers a body's errors and sorts
        // them); after a function and its closures, the liveness lints of all of them.
        List<Diagnostic> ordered = new ArrayList<>();
        for (Body body : bodies) {
            ordered.addAll(lints.getOrDefault(body.def(), List.of()));
            List<Diagnostic> own = errors.get(body);
            own.removeIf(d -> "E0596".equals(d.code()) && d.message().startsWith("cannot borrow `")
                    && viaDerefMut.contains(d.primarySpan()));
            NotMutableGroups.merge(own, notMutable);
            own.sort(BY_PRIMARY_SPAN);
            ordered.addAll(own);
            if (isRoot(body, bodies)) {
                // rustc's liveness goes over a function's closures last defined first, then the function.
                List<Body> item = new ArrayList<>();
                for (Body inner : bodies) if (contains(body, inner)) item.add(inner);
                item.sort(Comparator.comparingInt((Body b) -> -b.span().lo()).thenComparingInt(b -> b.span().hi()));
                for (Body inner : item) {
                    ordered.addAll(new LivenessLints(inner, program.source(), program.defs().closure(inner.def()) != null).run());
                }
            }
        }
        ordered = withLevelNotes(ordered);
        boolean ok = ordered.stream().noneMatch(Diagnostic::isError);
        if (ok) {
            // rustc's lints on values known at compile time run after borrow checking succeeded.
            List<Diagnostic> panics = new ArrayList<>();
            for (Body body : bodies) new KnownPanics(body, panics).run();
            panics.sort(BY_PRIMARY_SPAN);
            ordered.addAll(panics);
        }
        diags.addAll(ordered);
        return ok;
    }

    private static final Comparator<Diagnostic> BY_PRIMARY_SPAN = Comparator.comparingInt(d -> {
        Span s = d.primarySpan();
        return s == null ? Integer.MAX_VALUE : s.lo();
    });

    private static boolean contains(Body outer, Body inner) {
        return outer.span().lo() <= inner.span().lo() && inner.span().hi() <= outer.span().hi();
    }

    /** A body no other body contains: a function, not a closure. */
    private static boolean isRoot(Body body, List<Body> bodies) {
        for (Body other : bodies) if (other != body && contains(other, body) && !contains(body, other)) return false;
        return true;
    }

    /** rustc notes a lint's default level under its first warning only. */
    private static List<Diagnostic> withLevelNotes(List<Diagnostic> ordered) {
        java.util.Set<String> noted = new java.util.HashSet<>();
        List<Diagnostic> out = new ArrayList<>(ordered.size());
        for (Diagnostic d : ordered) {
            if (d.severity() != dev.heaplab.core.diag.Severity.WARNING || d.code() == null || !noted.add(d.code())) {
                out.add(d);
                continue;
            }
            out.add(d.withNote("`#[warn(" + d.code() + ")]` (part of `#[warn(unused)]`) on by default"));
        }
        return out;
    }
}
