package dev.heaplab.core.typeck;

import dev.heaplab.core.Parallel;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Type-checks a program's bodies on two threads, with the result of checking them one after the other.
 *
 * <p>The checker's state is program-wide and written throughout (diagnostics, DefIds, definitions,
 * the resolver's import walk, lazy indexes), so the two threads do not share one context: the helper
 * makes its own from the same crate ({@link TypeChecker#front}, a fraction of the check, run while the
 * caller makes its own), checks the bodies returning `impl Trait` (whose hidden types callers see),
 * then the second half of the other bodies. The caller checks the first half, then appends what the
 * helper found for the second: its diagnostics, late lints, sites for the checks after the bodies,
 * tables and closures, in order — what one context checking the bodies in order would have made.
 *
 * <p>That holds when no body's check depends on another's beyond the bodies returning `impl Trait`
 * (checked in both contexts) and on whether an error was reported before it (compared, see
 * {@link Part#errorsBefore}); {@link #split} refuses the programs where it might not: a `const`,
 * `static` or `const fn` (evaluated on demand by other bodies), items inside a body (collected while
 * it is checked, visible to later bodies), glob imports (whose ambiguities the checks after the bodies
 * report). Closures have DefIds made before any body ({@link ProgramCx#closureIds}), so both contexts
 * agree on them. Whenever the helper's part cannot be used (it never started, it failed, or the first
 * half reported an error where the helper's context had none), the caller checks the second half itself.
 */
final class SplitBodies {
    private SplitBodies() {}

    /**
     * `-Dheaplab.split=always` (tests): every program that may split does, and the caller takes the
     * helper's part even when no helper started it (then it runs on the caller), so that merging is tested.
     */
    static boolean always() { return "always".equals(System.getProperty("heaplab.split")); }

    /** Below this much source text, a second context costs more than it saves. */
    private static int minChars() { return always() ? 0 : 2500; }

    /** The bodies in checking order, the number of them returning `impl Trait` (first), and where the second half starts. */
    record Split(List<DefId> order, int opaque, int second) {}

    /**
     * What the helper found for the second half, in its order: {@code errorsBefore} tells whether its context
     * had an error before that half (the bodies' checks read it: rustc stays silent on unknown types then).
     */
    record Part(boolean errorsBefore, List<Diagnostic> diags, List<Diagnostic> late, List<ProgramCx.DynSite> dynSites,
                List<ProgramCx.QualifiedSite> qualifiedSites, List<ProgramCx.WellFormedSite> wellFormedSites,
                Tables tables, List<ClosureDef> closures, boolean sawOpaque) {}

    /** Whether a helper may be worth starting for this crate (before its items are known). */
    static boolean worthStarting(Crate crate) {
        return (Parallel.enabled() || always()) && crate.source().text().length() >= minChars();
    }

    /** Where {@code bodies} split, or null when they must be checked in one context (see the class comment). */
    static Split split(ProgramCx cx, List<DefId> bodies, Crate crate) {
        if (hasGlobImport(crate.items())) return null;
        List<DefId> order = BodyChecker.checkingOrder(cx, bodies);
        int opaque = 0;
        long total = 0;
        long[] size = new long[order.size()];
        for (int i = 0; i < order.size(); i++) {
            DefId d = order.get(i);
            FnDef f = cx.defs.fn(d);
            if (f == null || f.decl() == null || f.decl().body() == null || f.decl().isConst() || cx.assocConstFns.contains(d))
                return null;
            if (!AstWalk.items(f.decl().body()).isEmpty()) return null;
            if (cx.opaqueReturn.containsKey(d)) opaque++;
            else total += size[i] = f.decl().body().span().hi() - f.decl().body().span().lo();
        }
        if (order.size() - opaque < 2 || total < minChars()) return null;
        long sum = 0;
        int second = opaque;
        while (second < order.size() - 1 && 2 * (sum + size[second]) <= total) sum += size[second++];
        if (second == opaque) second++;
        return new Split(order, opaque, second);
    }

    private static boolean hasGlobImport(List<Item> items) {
        for (Item i : items) {
            if (i instanceof Item.UseDecl u && u.entries().stream().anyMatch(Item.UseEntry::glob)) return true;
            if (i instanceof Item.ModDecl m && hasGlobImport(m.items())) return true;
        }
        return false;
    }

    /** The helper's work: its own context for the crate, the `impl Trait` bodies, then the second half. */
    static Part second(Crate crate, CheckedStd std) {
        Diagnostics diags = new Diagnostics();
        TypeChecker.Front front = TypeChecker.front(crate, diags, std);
        ProgramCx cx = front.cx();
        Split s = split(cx, front.bodies(), crate);
        if (s == null) return null;
        BodyChecker bodies = new BodyChecker(cx, TypeChecker.newTables(std));
        bodies.checkInOrder(s.order().subList(0, s.opaque()));
        boolean errorsBefore = diags.hasErrors();
        int reported = diags.all().size(), late = diags.lateKept().size(), dyn = cx.dynSites.size(),
                qualified = cx.qualifiedSites.size(), wellFormed = cx.wellFormedSites.size(), closures = bodies.closuresMade.size();
        bodies.sawOpaque = false;
        bodies.checkInOrder(s.order().subList(s.second(), s.order().size()));
        List<ClosureDef> made = new ArrayList<>();
        for (DefId c : bodies.closuresMade.subList(closures, bodies.closuresMade.size())) made.add(cx.defs.closure(c));
        return new Part(errorsBefore, List.copyOf(diags.all().subList(reported, diags.all().size())),
                List.copyOf(diags.lateKept().subList(late, diags.lateKept().size())),
                List.copyOf(cx.dynSites.subList(dyn, cx.dynSites.size())),
                List.copyOf(cx.qualifiedSites.subList(qualified, cx.qualifiedSites.size())),
                List.copyOf(cx.wellFormedSites.subList(wellFormed, cx.wellFormedSites.size())),
                bodies.out, made, bodies.sawOpaque);
    }

    /**
     * The caller's work: checks every body of {@code front} with {@code bodies}, the second half taken from
     * {@code second} (the helper's, or null) when it can be.
     */
    static void check(TypeChecker.Front front, BodyChecker bodies, Parallel.Pending<Part> second) {
        ProgramCx cx = front.cx();
        Split s = second == null ? null : split(cx, front.bodies(), front.crate());
        if (s == null) {
            if (second != null) second.cancel();
            bodies.checkInOrder(BodyChecker.checkingOrder(cx, front.bodies()));
            return;
        }
        bodies.checkInOrder(s.order().subList(0, s.second()));
        List<DefId> rest = s.order().subList(s.second(), s.order().size());
        Part part = null;
        if (always() || !second.cancel()) {
            try {
                part = second.join();
            } catch (RuntimeException | StackOverflowError e) {
                part = null; // checked here again: a fault of the checker is then reported as it is alone
            }
        }
        if (part == null || part.errorsBefore() != cx.diags.hasErrors()) {
            bodies.checkInOrder(rest);
            return;
        }
        cx.diags.addAll(part.diags());
        cx.diags.lateAll(part.late());
        cx.dynSites.addAll(part.dynSites());
        cx.qualifiedSites.addAll(part.qualifiedSites());
        cx.wellFormedSites.addAll(part.wellFormedSites());
        bodies.out.putAbsent(part.tables());
        for (ClosureDef c : part.closures()) {
            cx.defs.put(c);
            bodies.closuresMade.add(c.id());
        }
        bodies.sawOpaque |= part.sawOpaque();
    }
}
