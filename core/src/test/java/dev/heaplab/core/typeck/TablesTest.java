package dev.heaplab.core.typeck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.types.ClosureDef;
import dev.heaplab.core.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What lowering reads: adjustments, callees, resolutions, binding modes, format arguments, closures. */
class TablesTest {
    private static Checked ok(String src) {
        Checked c = Checked.of(src);
        assertThat(c.describe()).isEmpty();
        return c;
    }

    private static Expr.MethodCall method(Checked c, String name) {
        return AstSearch.all(c.crate(), Expr.MethodCall.class).stream()
                .filter(m -> m.method().name().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void methodReceiversAreAutorefedAndDerefCoercionsRecorded() {
        Checked c = ok("""
                fn takes(s: &str) -> usize { s.len() }
                fn main() {
                    let mut v = Vec::new();
                    v.push(1);
                    let s = String::from("ab");
                    let n = takes(&s);
                    let m = v.contains(&1);
                }
                """);
        var r = c.program().results();
        var defs = c.program().defs();
        Expr.MethodCall push = method(c, "push");
        assertThat(r.adjustments(push.receiver().id())).singleElement().isInstanceOf(Adjustment.Borrow.class)
                .matches(a -> ((Adjustment.Borrow) a).mutable());
        assertThat(defs.fn(r.callee(push.id()).fn()).builtinKey()).isEqualTo("Vec::push");
        assertThat(r.callee(push.id()).args()).containsExactly(Ty.I32);
        Expr.MethodCall len = method(c, "len");
        assertThat(defs.fn(r.callee(len.id()).fn()).builtinKey()).isEqualTo("str::len");
        Expr.AddrOf arg = AstSearch.all(c.crate(), Expr.AddrOf.class).get(0);
        assertThat(r.adjustments(arg.id())).extracting(a -> a.getClass().getSimpleName())
                .containsExactly("Deref", "OverloadedDeref", "Borrow");
        // `v.contains(..)` reaches the slice method through Vec's Deref impl.
        Expr.MethodCall vlen = method(c, "contains");
        assertThat(defs.fn(r.callee(vlen.id()).fn()).builtinKey()).isEqualTo("slice::contains");
        assertThat(r.adjustments(vlen.receiver().id())).extracting(a -> a.getClass().getSimpleName())
                .containsExactly("OverloadedDeref", "Borrow");
    }

    @Test
    void matchErgonomicsBindByReference() {
        Checked c = ok("""
                fn main() {
                    let o = Some(String::new());
                    match &o {
                        Some(s) => println!("{}", s),
                        None => {}
                    }
                    let (a, ref b) = (1, 2);
                }
                """);
        var r = c.program().results();
        Pattern.Binding s = AstSearch.all(c.crate(), Pattern.Binding.class).stream()
                .filter(b -> b.name().name().equals("s")).findFirst().orElseThrow();
        assertThat(r.bindingMode(s.id())).isEqualTo(BindingMode.BY_REF);
        assertThat(r.nodeType(s.id()).display(c.program().defs())).isEqualTo("&String");
        Pattern.TupleStruct some = AstSearch.all(c.crate(), Pattern.TupleStruct.class).get(0);
        assertThat(r.patternAdjustments(some.id())).hasSize(1);
        assertThat(r.pathRes(some.id())).isInstanceOf(Res.Ctor.class);
        Pattern.Binding b = AstSearch.all(c.crate(), Pattern.Binding.class).stream()
                .filter(x -> x.name().name().equals("b")).findFirst().orElseThrow();
        assertThat(r.bindingMode(b.id())).isEqualTo(BindingMode.BY_REF);
    }

    @Test
    void formatArgsListExplicitThenCapturedArguments() {
        Checked c = ok("""
                fn main() {
                    let x = 5;
                    let name = "n";
                    println!("{} {x} {name:?} {}", 1, 2);
                }
                """);
        Expr.MacroCall m = AstSearch.all(c.crate(), Expr.MacroCall.class).get(0);
        FormatArgs fa = c.program().results().formatArgs(m.id());
        assertThat(fa.args()).hasSize(4);
        assertThat(fa.args().get(0)).isInstanceOf(FormatArgs.Arg.Explicit.class);
        assertThat(fa.args().get(2)).isInstanceOf(FormatArgs.Arg.Captured.class);
        assertThat(((FormatArgs.Arg.Captured) fa.args().get(2)).name()).isEqualTo("x");
        assertThat(((FormatArgs.Arg.Captured) fa.args().get(3)).res()).isInstanceOf(Res.Local.class);
    }

    @Test
    void closureCapturesHaveModesAndKinds() {
        Checked c = ok("""
                fn main() {
                    let s = String::from("a");
                    let mut n = 0;
                    let t = String::from("b");
                    let f = || println!("{}", s);
                    let mut g = || n += 1;
                    let h = move || t.len();
                    let k = || drop(s.clone());
                    f();
                    g();
                    h();
                    k();
                }
                """);
        List<ClosureDef> cl = c.program().defs().closures().stream().filter(x -> c.file().contains(x.span().lo()))
                .sorted((a, b) -> Integer.compare(a.span().lo(), b.span().lo())).toList();
        assertThat(cl).hasSize(4);
        assertThat(cl.get(0).kind()).isEqualTo(ClosureDef.Kind.FN);
        assertThat(cl.get(0).captures()).singleElement().matches(x -> x.mode() == ClosureDef.CaptureMode.BY_REF && x.name().equals("s"));
        assertThat(cl.get(1).kind()).isEqualTo(ClosureDef.Kind.FN_MUT);
        assertThat(cl.get(1).captures()).singleElement().matches(x -> x.mode() == ClosureDef.CaptureMode.BY_MUT_REF);
        assertThat(cl.get(2).captures()).singleElement().matches(x -> x.mode() == ClosureDef.CaptureMode.BY_VALUE);
        assertThat(cl.get(2).kind()).isEqualTo(ClosureDef.Kind.FN);
        assertThat(cl.get(3).captures()).singleElement().matches(x -> x.mode() == ClosureDef.CaptureMode.BY_REF);
        var call = AstSearch.all(c.crate(), Expr.Call.class).get(1);
        assertThat(c.program().results().callee(call.id())).isNotNull();
    }

    @Test
    void consumingClosureIsFnOnce() {
        Checked c = ok("""
                fn main() {
                    let s = String::from("a");
                    let f = || drop(s);
                    f();
                }
                """);
        ClosureDef f = c.program().defs().closures().stream().filter(x -> c.file().contains(x.span().lo())).findFirst().orElseThrow();
        assertThat(f.kind()).isEqualTo(ClosureDef.Kind.FN_ONCE);
        assertThat(f.captures()).singleElement().matches(x -> x.mode() == ClosureDef.CaptureMode.BY_VALUE);
    }
}
