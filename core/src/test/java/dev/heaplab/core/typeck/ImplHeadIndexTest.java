package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ImplMatcher;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgramCx#implsWithHead}, the impls trait selection looks at: for every goal type it must
 * keep every impl whose self type matches the goal (or selection would miss an impl), in the order
 * of {@link ProgramDefs#implsOf}. Checked over all pairs of impls and goal types made from the impls'
 * own self types (parameters replaced by a few concrete types) and references to them.
 */
class ImplHeadIndexTest {
    @Test
    void keepsEveryMatchingImplInImplOrder() {
        Checked c = Checked.of("""
                struct Wrap<T> { v: T }
                struct Pair<A, B> { a: A, b: B }
                trait Show { fn show(&self) -> i32; }
                impl<T: Clone> Show for Wrap<T> { fn show(&self) -> i32 { 1 } }
                struct Plain;
                impl Show for Wrap<Plain> { fn show(&self) -> i32 { 0 } }
                impl<A, B> Show for Pair<A, B> { fn show(&self) -> i32 { 2 } }
                impl Show for (i32, bool) { fn show(&self) -> i32 { 3 } }
                impl Show for i32 { fn show(&self) -> i32 { 4 } }
                impl Show for u8 { fn show(&self) -> i32 { 5 } }
                impl<T: Show> Show for &T { fn show(&self) -> i32 { 6 } }
                impl<T> Show for [T] { fn show(&self) -> i32 { 7 } }
                trait Any2 { fn any(&self) -> i32 { 8 } }
                impl<T> Any2 for T {}
                fn main() {}
                """);
        assertThat(c.describe()).isEmpty();
        ProgramDefs defs = c.program().defs();
        ProgramCx cx = new ProgramCx(defs, null, new Diagnostics());

        List<Ty> fillers = List.of(Ty.I32, Ty.BOOL, Ty.UNIT);
        Set<Ty> goals = new LinkedHashSet<>(List.of(Ty.I32, Ty.BOOL, Ty.UNIT));
        for (ImplDef impl : defs.impls()) {
            for (Ty filler : fillers) {
                List<Ty> args = new ArrayList<>(Collections.nCopies(impl.generics().params().size(), filler));
                Ty goal = TySubst.subst(impl.selfTy(), args);
                if (TySubst.needsSubst(goal)) continue;
                goals.add(goal);
                goals.add(Ty.ref(goal));
                goals.add(Ty.refMut(goal));
            }
        }
        int matched = 0;
        Set<DefId> traits = new LinkedHashSet<>();
        for (ImplDef impl : defs.impls()) if (impl.trait() != null) traits.add(impl.trait());
        for (DefId trait : traits) {
            for (Ty goal : goals) {
                Object head = ProgramCx.head(goal);
                assertThat(head).as("a concrete type has a head").isNotNull();
                List<ImplDef> indexed = cx.implsWithHead(trait, head);
                // a sub-list of implsOf(trait), in its order
                List<ImplDef> all = defs.implsOf(trait);
                int at = 0;
                for (ImplDef i : indexed) {
                    while (at < all.size() && all.get(at) != i) at++;
                    assertThat(at).as("%s in impl order", i.id()).isLessThan(all.size());
                    at++;
                }
                for (ImplDef impl : all) {
                    if (ImplMatcher.match(impl, goal, null) == null) continue;
                    matched++;
                    assertThat(indexed).as("impl %s for goal %s", impl.id(), goal).contains(impl);
                }
            }
        }
        assertThat(matched).as("the corpus exercises matches").isGreaterThan(20);
    }
}
