package dev.heaplab.core.borrowck;

import dev.heaplab.core.Parallel;
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
        // An item (a function with its closures and the items in its blocks) is checked on its own: its
        // bodies read only the program, so the items are checked on the spare cores too, the costly first.
        List<ItemCheck> items = items(bodies);
        List<ItemCheck> byCost = new ArrayList<>(items);
        byCost.sort(Comparator.comparingLong((ItemCheck i) -> -i.cost));
        ClosureRequirements.Creators creators = new ClosureRequirements.Creators(program.bodies());
        Parallel.forEach(byCost.size(), k -> byCost.get(k).run(program, creators));
        java.util.Map<Body, ItemCheck> itemOf = new java.util.IdentityHashMap<>();
        java.util.Set<Span> viaDerefMut = new java.util.HashSet<>();
        java.util.Map<Diagnostic, Span> notMutable = new java.util.IdentityHashMap<>();
        for (ItemCheck item : items) {
            for (Body b : item.bodies) itemOf.put(b, item);
            viaDerefMut.addAll(item.viaDerefMut);
            notMutable.putAll(item.notMutable);
        }
        // Per body: its lints, then its errors in source order (rustc buffers a body's errors and sorts
        // them); after a function and its closures, the liveness lints of all of them.
        List<Diagnostic> ordered = new ArrayList<>();
        for (Body body : bodies) {
            ItemCheck item = itemOf.get(body);
            ordered.addAll(item.lints.getOrDefault(body.def(), List.of()));
            List<Diagnostic> own = item.errors.get(body);
            own.removeIf(d -> "E0596".equals(d.code()) && d.message().startsWith("cannot borrow `")
                    && viaDerefMut.contains(d.primarySpan()));
            NotMutableGroups.merge(own, notMutable);
            own.sort(BY_PRIMARY_SPAN);
            ordered.addAll(own);
            // every item rooted here (bodies sharing a span, as derived impls' do, are roots of their own)
            for (ItemCheck rooted : items) if (rooted.root == body) ordered.addAll(rooted.liveness);
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

    /**
     * The bodies grouped by item: a body no other contains, with the bodies inside it, in check order.
     * Each body is checked in one item (bodies with the same span, as derived impls have, in the first);
     * the liveness lints of an item are those of every body inside it, as rustc's pass over the item.
     */
    private static List<ItemCheck> items(List<Body> bodies) {
        List<ItemCheck> items = new ArrayList<>();
        java.util.Set<Body> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Body body : bodies) {
            if (!isRoot(body, bodies)) continue;
            List<Body> inside = new ArrayList<>(), checked = new ArrayList<>();
            for (Body inner : bodies) {
                if (!contains(body, inner)) continue;
                inside.add(inner);
                if (taken.add(inner)) checked.add(inner);
            }
            items.add(new ItemCheck(body, checked, inside));
        }
        return items;
    }

    /** One item's checks and what they found; written by the thread that runs it, read after. */
    private static final class ItemCheck {
        final Body root;
        /** The item's bodies in check order (inner closures first, the function last). */
        final List<Body> bodies;
        /** The bodies whose liveness lints follow the item's: its own, and any other with its span. */
        final List<Body> inside;
        /** The number of statements: the order in which the items are handed out. */
        final long cost;
        final java.util.Map<Body, List<Diagnostic>> errors = new java.util.IdentityHashMap<>();
        final java.util.Set<Span> viaDerefMut = new java.util.HashSet<>();
        final java.util.Map<Diagnostic, Span> notMutable = new java.util.IdentityHashMap<>();
        java.util.Map<dev.heaplab.core.types.DefId, List<Diagnostic>> lints;
        final List<Diagnostic> liveness = new ArrayList<>();

        ItemCheck(Body root, List<Body> bodies, List<Body> inside) {
            this.root = root;
            this.bodies = bodies;
            this.inside = inside;
            long c = 0;
            for (Body b : bodies) for (Body.BasicBlock bb : b.blocks()) c += bb.statements().size() + 1;
            this.cost = c;
        }

        void run(MirProgram program, ClosureRequirements.Creators creators) {
            ClosureSummaries closures = new ClosureSummaries(program.bodies(), program.defs(), creators);
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
            lints = unusedMut.lints(bodies, program.source());
            // rustc's liveness goes over a function's closures last defined first, then the function.
            List<Body> item = new ArrayList<>(inside);
            item.sort(Comparator.comparingInt((Body b) -> -b.span().lo()).thenComparingInt(b -> b.span().hi()));
            for (Body inner : item) {
                liveness.addAll(new LivenessLints(inner, program.source(), program.defs().closure(inner.def()) != null).run());
            }
        }
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
