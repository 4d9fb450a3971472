package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.fmt.FormatTemplate.FormatSpec;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FloatTy;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Formatting through derived Debug and a user Display impl, and `main` returning `Err`. */
class FormatAndTraitsTest {
    private static final Span SP = Span.DUMMY;

    private static FormatSpec spec(int fill, FormatTemplate.Align align, boolean zero, int width, FormatTemplate.Trait trait,
                                   boolean alternate) {
        return new FormatSpec(fill, align, false, false, alternate, zero, new FormatTemplate.Count.Literal(width),
                new FormatTemplate.Count.Absent(), trait, 0);
    }

    private static Operand template(FormatTemplate.Piece... pieces) {
        return new Operand.Constant(new ConstValue.Format(new FormatTemplate(List.of(pieces))), Ty.UNIT);
    }

    private static FormatTemplate.Piece lit(String s) { return new FormatTemplate.Piece.Literal(s); }

    private static FormatTemplate.Piece hole(int i, FormatSpec s) { return new FormatTemplate.Piece.Argument(i, s); }

    /** rustc output of t7.rs: derived Debug (plain and {:#?}), a user Display with {:02}, {:>8} on f32, `Error: "boom"`. */
    @Test
    void derivedDebugUserDisplayAndMainErrMatchRustc() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        Ty string = fx.ty(fx.string);
        Ty optChar = fx.ty(fx.option, Ty.CHAR);
        AdtDef pt = fx.struct("Pt", Set.of("Debug"), new AdtDef.FieldDef("x", I32, false),
                new AdtDef.FieldDef("name", string, false), new AdtDef.FieldDef("tag", optChar, false));
        fx.implTrait(fx.debugTrait, fx.ty(pt), "fmt", null, true);
        AdtDef money = fx.struct("Money", Set.of(), new AdtDef.FieldDef("0", new Ty.Int(IntTy.I64), false));
        Ty i64 = new Ty.Int(IntTy.I64);
        AdtDef fmtTy = fx.adt("Formatter", LangItem.FORMATTER, List.of(), false);
        DefId resultId = fx.defs.newDefId("Result");
        AdtDef result = new AdtDef(resultId, "Result", AdtDef.Kind.ENUM, List.of("T", "E"), List.of(
                new AdtDef.VariantDef("Ok", AdtDef.CtorKind.TUPLE, List.of(new AdtDef.FieldDef("0", new Ty.Param(0, "T"), true)), 0),
                new AdtDef.VariantDef("Err", AdtDef.CtorKind.TUPLE, List.of(new AdtDef.FieldDef("0", new Ty.Param(1, "E"), true)), 1)),
                Set.of("Debug"), LangItem.RESULT, Span.DUMMY);
        fx.defs.put(result);
        Ty fmtResult = new Ty.Adt(resultId, List.of(UNIT, UNIT));

        MirFixture.FnBuilder disp = fx.fn("fmt", fmtResult, ref(fx.ty(money)), refMut(fx.ty(fmtTy))).begin();
        Place dollars = disp.local(i64, null), cents = disp.local(i64, null);
        Place rd = disp.local(ref(i64), null), rc = disp.local(ref(i64), null);
        Place self0 = disp.arg(0).deref().field(0, i64);
        disp.set(dollars, new Rvalue.BinaryOp(Rvalue.BinOp.DIV, copy(self0), intOf(100, IntTy.I64)))
                .set(cents, new Rvalue.BinaryOp(Rvalue.BinOp.REM, copy(self0), intOf(100, IntTy.I64)))
                .set(rd, refOf(dollars)).set(rc, refOf(cents))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::write_formatter", 0)), disp.ret(), move(disp.arg(1)),
                        template(lit("$"), hole(0, FormatSpec.DEFAULT), lit("."),
                                hole(1, spec(' ', FormatTemplate.Align.NONE, true, 2, FormatTemplate.Trait.DISPLAY, false))),
                        copy(rd), copy(rc))
                .returnNow();
        fx.implTrait(fx.displayTrait, fx.ty(money), "fmt", disp.build(), false);

        MirFixture.FnBuilder f = fx.fn("main", new Ty.Adt(resultId, List.of(UNIT, string))).begin();
        Place name = f.local(string, null), tag = f.local(optChar, null), p = f.local(fx.ty(pt), "p");
        Place rp = f.local(ref(fx.ty(pt)), null), u = f.local(UNIT, null), m = f.local(fx.ty(money), null);
        Place rm = f.local(ref(fx.ty(money)), null), fl = f.local(new Ty.Float(FloatTy.F32), null);
        Place rf = f.local(ref(new Ty.Float(FloatTy.F32)), null), boom = f.local(string, null);
        FormatSpec debug = new FormatSpec(' ', FormatTemplate.Align.NONE, false, false, false, false,
                new FormatTemplate.Count.Absent(), new FormatTemplate.Count.Absent(), FormatTemplate.Trait.DEBUG, 0);
        FormatSpec pretty = new FormatSpec(' ', FormatTemplate.Align.NONE, false, false, true, false,
                new FormatTemplate.Count.Absent(), new FormatTemplate.Count.Absent(), FormatTemplate.Trait.DEBUG, 0);
        f.callNext(SP, fx.fnOp(fx.builtin("String::from", 0)), name, str("a\"b"))
                .set(tag, new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(fx.option.id(), 1, List.of(Ty.CHAR)),
                        List.of(new Operand.Constant(new ConstValue.Char('z'), Ty.CHAR))))
                .set(p, agg(pt, int32(-3), move(name), move(tag)))
                .set(rp, refOf(p))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, template(hole(0, debug), lit("\n")), copy(rp))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, template(hole(0, pretty), lit("\n")), copy(rp))
                .set(m, agg(money, intOf(1234, IntTy.I64))).set(rm, refOf(m))
                .set(fl, use(new Operand.Constant(new ConstValue.Float(2.5), new Ty.Float(FloatTy.F32)))).set(rf, refOf(fl))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, template(lit("["), hole(0, FormatSpec.DEFAULT), lit("] ["),
                        hole(1, spec(' ', FormatTemplate.Align.RIGHT, false, 8, FormatTemplate.Trait.DISPLAY, false)), lit("]\n")),
                        copy(rm), copy(rf))
                .callNext(SP, fx.fnOp(fx.builtin("String::from", 0)), boom, str("boom"))
                .set(f.ret(), new Rvalue.Aggregate(new Rvalue.AggregateKind.Adt(resultId, 1, List.of(UNIT, string)),
                        List.of(move(boom))))
                .dropNext(p).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.MAIN_RETURNED_ERR);
        assertThat(run.result().exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEqualTo("""
                Pt { x: -3, name: "a\\"b", tag: Some('z') }
                Pt {
                    x: -3,
                    name: "a\\"b",
                    tag: Some(
                        'z',
                    ),
                }
                [$12.34] [     2.5]
                """);
        assertThat(run.stderr()).isEqualTo("Error: \"boom\"\n");
        assertThat(run.result().stats().leakedBytes()).isZero();
    }
}
