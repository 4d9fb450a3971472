package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.fmt.FormatTemplate.FormatSpec;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capacities of Strings built by `format!` and `to_string()`, as rustc 1.95 prints them
 * (non-literal arguments, so nothing is inlined into the template at compile time).
 */
class FormatCapacityTest {
    private static final FormatTemplate.Piece ARG = new FormatTemplate.Piece.Argument(0, FormatSpec.DEFAULT);

    private static FormatTemplate.Piece lit(String s) { return new FormatTemplate.Piece.Literal(s); }

    private static FormatTemplate.Piece arg(int i, FormatSpec s) { return new FormatTemplate.Piece.Argument(i, s); }

    private static FormatSpec right(int width) {
        return new FormatSpec(' ', FormatTemplate.Align.RIGHT, false, false, false, false,
                new FormatTemplate.Count.Literal(width), new FormatTemplate.Count.Absent(), FormatTemplate.Trait.DISPLAY, 0);
    }

    private static final FormatSpec DEBUG = new FormatSpec(' ', FormatTemplate.Align.NONE, false, false, false, false,
            new FormatTemplate.Count.Absent(), new FormatTemplate.Count.Absent(), FormatTemplate.Trait.DEBUG, 0);

    /** Runs `let s = <builtin>(args); println!("{}", s.capacity())` and returns the printed capacity. */
    private static long capacity(String builtin, Operand template, Ty argTy, Operand value, Ty... more) {
        MirFixture fx = new MirFixture("fn main() {}\n");
        Ty string = fx.ty(fx.string);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place x = f.local(argTy, "x"), rx = f.local(ref(argTy), null), s = f.local(string, "s");
        Place rs = f.local(ref(string), null), cap = f.local(USIZE, null), rc = f.local(ref(USIZE), null), u = f.local(UNIT, null);
        f.set(x, use(value)).set(rx, refOf(x));
        if (template != null) f.callNext(Span.DUMMY, fx.fnOp(fx.builtin(builtin, 0)), s, template, copy(rx), copy(rx));
        else f.callNext(Span.DUMMY, fx.fnOp(fx.builtin(builtin, 1), argTy), s, copy(rx));
        f.set(rs, refOf(s)).callNext(Span.DUMMY, fx.fnOp(fx.builtin("String::capacity", 0)), cap, copy(rs))
                .set(rc, refOf(cap)).callNext(Span.DUMMY, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}"), copy(rc))
                .dropNext(s).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        return Long.parseLong(run.stdout());
    }

    private static Operand tpl(FormatTemplate.Piece... pieces) {
        return new Operand.Constant(new ConstValue.Format(new FormatTemplate(List.of(pieces))), Ty.UNIT);
    }

    private static final Ty F64 = new Ty.Float(FloatTy.F64);

    private static Operand f64(double d) { return new Operand.Constant(new ConstValue.Float(d), F64); }

    @Test
    void formatCapacitiesMatchRustc() {
        assertThat(capacity("fmt::format", tpl(ARG), I32, int32(42))).isEqualTo(8);
        assertThat(capacity("fmt::format", tpl(lit("x"), ARG, lit("y")), I32, int32(42))).isEqualTo(4);
        assertThat(capacity("fmt::format", tpl(ARG, lit(" and a long literal piece")), I32, int32(42))).isEqualTo(50);
        assertThat(capacity("fmt::format", tpl(ARG, arg(1, FormatSpec.DEFAULT)), ref(Ty.STR), str("hello"))).isEqualTo(16);
        assertThat(capacity("fmt::format", tpl(arg(0, right(10))), ref(Ty.STR), str("hello"))).isEqualTo(16);
        assertThat(capacity("fmt::format", tpl(lit("a"), arg(0, right(10))), ref(Ty.STR), str("hello"))).isEqualTo(16);
        assertThat(capacity("fmt::format", tpl(ARG), F64, f64(123456.789))).isEqualTo(16);
        assertThat(capacity("fmt::format", tpl(ARG), F64, f64(-1.5))).isEqualTo(8);
        assertThat(capacity("fmt::format", tpl(arg(0, DEBUG)), ref(Ty.STR), str("hi"))).isEqualTo(8);
    }

    @Test
    void toStringCapacitiesMatchRustc() {
        assertThat(capacity("fmt::to_string", null, I32, int32(5))).isEqualTo(10);
        assertThat(capacity("fmt::to_string", null, I32, int32(-5))).isEqualTo(11);
        assertThat(capacity("fmt::to_string", null, new Ty.Int(IntTy.U32), intOf(5, IntTy.U32))).isEqualTo(1);
        assertThat(capacity("fmt::to_string", null, new Ty.Int(IntTy.I8), intOf(-5, IntTy.I8))).isEqualTo(4);
        assertThat(capacity("fmt::to_string", null, new Ty.Int(IntTy.I64), intOf(5, IntTy.I64))).isEqualTo(19);
        assertThat(capacity("fmt::to_string", null, F64, f64(3.5))).isEqualTo(8);
        assertThat(capacity("fmt::to_string", null, F64, f64(123456.789))).isEqualTo(16);
        assertThat(capacity("fmt::to_string", null, Ty.CHAR, new Operand.Constant(new ConstValue.Char('é'), Ty.CHAR))).isEqualTo(2);
        assertThat(capacity("fmt::to_string", null, Ty.BOOL, new Operand.Constant(new ConstValue.Bool(false), Ty.BOOL))).isEqualTo(5);
        assertThat(capacity("fmt::to_string", null, ref(Ty.STR), str("hello"))).isEqualTo(5);
    }
}
