package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ImplMatcher;
import dev.heaplab.core.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ImplMatcher against impls collected from the std stubs and a user program. */
class ImplMatcherTest {
    @Test
    void genericImplBindsItsParametersAndRejectsOtherTypes() {
        Checked c = Checked.of("""
                struct Wrap<T> { v: T }
                trait Show { fn show(&self) -> i32; }
                impl<T: Clone> Show for Wrap<T> { fn show(&self) -> i32 { 1 } }
                impl Show for (i32, bool) { fn show(&self) -> i32 { 2 } }
                fn main() {}
                """);
        assertThat(c.describe()).isEmpty();
        var defs = c.program().defs();
        var wrap = defs.adts().stream().filter(a -> a.name().equals("Wrap")).findFirst().orElseThrow();
        ImplDef generic = defs.impls().stream().filter(i -> i.selfTy() instanceof Ty.Adt a && a.def().equals(wrap.id())
                && i.trait() != null).findFirst().orElseThrow();
        // the program's own impl for a tuple (std has some too: `Extend<(A, B)> for (EA, EB)`)
        ImplDef tuple = defs.impls().stream().filter(i -> i.selfTy() instanceof Ty.Tuple && i.trait() != null
                && defs.trait(i.trait()).name().equals("Show")).findFirst().orElseThrow();
        Ty wrapI32 = new Ty.Adt(wrap.id(), List.of(Ty.I32));
        assertThat(ImplMatcher.match(generic, wrapI32, null)).containsExactly(Ty.I32);
        assertThat(ImplMatcher.match(generic, Ty.I32, null)).isNull();
        assertThat(ImplMatcher.match(tuple, new Ty.Tuple(List.of(Ty.I32, Ty.BOOL)), List.of())).isEmpty();
        assertThat(ImplMatcher.match(tuple, new Ty.Tuple(List.of(Ty.BOOL, Ty.BOOL)), List.of())).isNull();
        assertThat(ImplMatcher.matchWithBounds(generic, wrapI32, null, (s, t, a) -> false)).isNull();
        assertThat(ImplMatcher.matchWithBounds(generic, wrapI32, null, (s, t, a) -> true)).containsExactly(Ty.I32);
    }

    @Test
    void repeatedParameterMustBindEqualTypes() {
        GenericsDef g = new GenericsDef(null, 0, List.of("T"), List.of());
        Ty t = new Ty.Param(0, "T");
        ImplDef pair = new ImplDef(new dev.heaplab.core.types.DefId(0), g, null, List.of(), new Ty.Tuple(List.of(t, t)),
                java.util.Map.of(), java.util.Map.of(), false, null);
        assertThat(ImplMatcher.match(pair, new Ty.Tuple(List.of(Ty.I32, Ty.I32)), null)).containsExactly(Ty.I32);
        assertThat(ImplMatcher.match(pair, new Ty.Tuple(List.of(Ty.I32, Ty.BOOL)), null)).isNull();
    }
}
