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
 * caller makes its own) and checks the bodies returning `impl Trait` (whose hidden types callers see).
 * Then the caller takes the other bodies from the first up and the helper from the last down, one at a
 * time, until they meet ({@link Claims}: a helper that starts late leaves more to the caller). The
 * caller appends what the helper found for its bodies — diagnostics, late lints, sites for the checks
 * after the bodies, tables and closures — in the order of the bodies: what one context checking them
 * in order would have made.
 *
 * <p>That holds when no body's check depends on another's beyond the bodies returning `impl Trait`
 * (checked in both contexts) and on whether an error was reported before it (the same in both contexts
 * when the helper's bodies report none, see {@link Part}); {@link #split} refuses the programs where it might not: a `const`,
 * `static` or `const fn` (evaluated on demand by other bodies), items inside a body (collected while
 * it is checked, visible to later bodies), glob imports (whose ambiguities the checks after the bodies
 * report). Closures have DefIds made before any body ({@link ProgramCx#closureIds}), so both contexts
 * agree on them. Whenever the helper's part cannot be used (it failed, one of its bodies reported an
 * error, or the caller's reported one where the helper's context had none), the caller checks the
 * helper's bodies again itself.
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

    /**
     * The bodies in checking order, the number of them returning `impl Trait` (first), and where the second
     * half by size starts (where the caller stops in tests; otherwise the contexts meet wherever they do).
     */
    record Split(List<DefId> order, int opaque, int second) {}

    /**
     * What the helper found for its bodies, in the order of the bodies: {@code errorsBefore} tells whether its
     * context had an error before them, {@code errorsInBodies} whether they reported one (the bodies' checks
     * read it: rustc stays silent on unknown types once an error was reported).
     */
    record Part(boolean errorsBefore, boolean errorsInBodies, List<BodyPart> bodies, Tables tables, boolean sawOpaque) {}

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

    /**
     * Which bodies of the order each context takes: the caller from the first up, the helper from the last
     * down, until they meet, so that a helper that starts late (or never) leaves more to the caller.
     */
    static final class Claims {
        private int low = -1, high = -1;

        /** Both contexts compute the same split: the first to get here sets the range. */
        synchronized void init(int from, int to) {
            if (high < 0) { low = from; high = to; }
        }

        /** The caller's next body, or -1 when every body is taken. */
        synchronized int low(int limit) { return low < high && low < limit ? low++ : -1; }

        /** The helper's next body, or -1 when every body is taken. */
        synchronized int high() { return low < high ? --high : -1; }

        /** Where the helper's bodies start, once both stopped taking. */
        synchronized int meeting() { return high; }
    }

    /** One body the helper checked: what it reported and recorded, in order. */
    record BodyPart(int index, List<Diagnostic> diags, List<Diagnostic> late, List<ProgramCx.DynSite> dynSites,
                    List<ProgramCx.QualifiedSite> qualifiedSites, List<ProgramCx.WellFormedSite> wellFormedSites,
                    List<ClosureDef> closures) {}

    /** The helper's work: its own context for the crate, the `impl Trait` bodies, then bodies from the last down. */
    static Part second(Crate crate, CheckedStd std, Claims claims) {
        Diagnostics diags = new Diagnostics();
        TypeChecker.Front front = TypeChecker.front(crate, diags, std);
        ProgramCx cx = front.cx();
        Split s = split(cx, front.bodies(), crate);
        if (s == null) return null;
        claims.init(s.opaque(), s.order().size());
        BodyChecker bodies = new BodyChecker(cx, TypeChecker.newTables(std));
        bodies.checkInOrder(s.order().subList(0, s.opaque()));
        boolean errorsBefore = diags.hasErrors();
        bodies.sawOpaque = false;
        List<BodyPart> parts = new ArrayList<>();
        for (int i = claims.high(); i >= 0; i = claims.high()) {
            int reported = diags.all().size(), late = diags.lateKept().size(), dyn = cx.dynSites.size(),
                    qualified = cx.qualifiedSites.size(), wellFormed = cx.wellFormedSites.size(), closures = bodies.closuresMade.size();
            bodies.checkInOrder(List.of(s.order().get(i)));
            List<ClosureDef> made = new ArrayList<>();
            for (DefId c : bodies.closuresMade.subList(closures, bodies.closuresMade.size())) made.add(cx.defs.closure(c));
            parts.add(new BodyPart(i, List.copyOf(diags.all().subList(reported, diags.all().size())),
                    List.copyOf(diags.lateKept().subList(late, diags.lateKept().size())),
                    List.copyOf(cx.dynSites.subList(dyn, cx.dynSites.size())),
                    List.copyOf(cx.qualifiedSites.subList(qualified, cx.qualifiedSites.size())),
                    List.copyOf(cx.wellFormedSites.subList(wellFormed, cx.wellFormedSites.size())), made));
            // the caller checks these bodies again (see check): it takes the ones left meanwhile
            if (diags.hasErrors() != errorsBefore) break;
        }
        java.util.Collections.reverse(parts);
        boolean errorsAfter = diags.hasErrors();
        return new Part(errorsBefore, errorsAfter != errorsBefore || parts.stream().anyMatch(p -> p.diags().stream().anyMatch(Diagnostic::isError)),
                parts, bodies.out, bodies.sawOpaque);
    }

    /**
     * The caller's work: checks every body of {@code front} with {@code bodies}: the first ones up, the
     * helper's ({@code second}, or null) from the last down, taken from it when they can be.
     */
    static void check(TypeChecker.Front front, BodyChecker bodies, Parallel.Pending<Part> second, Claims claims) {
        ProgramCx cx = front.cx();
        Split s = second == null ? null : split(cx, front.bodies(), front.crate());
        if (s == null) {
            if (second != null) second.cancel();
            bodies.checkInOrder(BodyChecker.checkingOrder(cx, front.bodies()));
            return;
        }
        claims.init(s.opaque(), s.order().size());
        bodies.checkInOrder(s.order().subList(0, s.opaque()));
        // (tests: the caller stops at the split by size, so that the helper's part is always merged)
        int limit = always() ? s.second() : s.order().size();
        for (int i = claims.low(limit); i >= 0; i = claims.low(limit)) bodies.checkInOrder(List.of(s.order().get(i)));
        int n = s.order().size();
        // every body is taken now: the helper's, if any, from claims.meeting() on (it may still check the last)
        if (!always() && (second.cancel() || claims.meeting() >= n)) return;
        Part part;
        try {
            part = second.join();
        } catch (RuntimeException | StackOverflowError e) {
            part = null; // checked here again: a fault of the checker is then reported as it is alone
        }
        // (tests: the bodies the helper left, having stopped at an error, come before its own)
        for (int i = claims.low(n); i >= 0; i = claims.low(n)) bodies.checkInOrder(List.of(s.order().get(i)));
        int from = claims.meeting();
        if (from >= n) return;
        List<DefId> rest = s.order().subList(from, n);
        // the helper's bodies saw its context's errors: those of the caller's bodies must be the same (rustc
        // says less once an error was reported), and none of its own came before another of its bodies
        if (part == null || part.errorsBefore() != cx.diags.hasErrors() || part.errorsInBodies()
                || part.bodies().size() != n - from || part.bodies().get(0).index() != from) {
            bodies.checkInOrder(rest);
            return;
        }
        for (BodyPart b : part.bodies()) {
            cx.diags.addAll(b.diags());
            cx.diags.lateAll(b.late());
            cx.dynSites.addAll(b.dynSites());
            cx.qualifiedSites.addAll(b.qualifiedSites());
            cx.wellFormedSites.addAll(b.wellFormedSites());
            for (ClosureDef c : b.closures()) {
                cx.defs.put(c);
                bodies.closuresMade.add(c.id());
            }
        }
        bodies.out.putAbsent(part.tables());
        bodies.sawOpaque |= part.sawOpaque();
    }
}
