package dev.heaplab.core.interp;

import dev.heaplab.core.fmt.FormatTemplate;
import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.FnSig;
import dev.heaplab.core.types.GenericsDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Region;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test-side MIR builder: the std lang types and builtin functions the tests need, hand-written
 * bodies, and a runner capturing stdout/stderr.
 */
final class MirFixture {
    final ProgramDefs defs = new ProgramDefs();
    final Map<DefId, Body> bodies = new HashMap<>();
    final SourceFile src;
    final AdtDef string, vec, box, option, rc, refCell, ordering;
    final DefId dropTrait, displayTrait, debugTrait;

    MirFixture(String source) {
        src = new SourceFile("src/main.rs", source);
        string = adt("String", LangItem.STRING, List.of(), false);
        vec = adt("Vec", LangItem.VEC, List.of("T"), false);
        box = adt("Box", LangItem.BOX, List.of("T"), false);
        rc = adt("Rc", LangItem.RC, List.of("T"), false);
        refCell = adt("RefCell", LangItem.REF_CELL, List.of("T"), false);
        DefId opt = defs.newDefId("Option");
        option = new AdtDef(opt, "Option", AdtDef.Kind.ENUM, List.of("T"), List.of(
                new AdtDef.VariantDef("None", AdtDef.CtorKind.UNIT, List.of(), 0),
                new AdtDef.VariantDef("Some", AdtDef.CtorKind.TUPLE, List.of(new AdtDef.FieldDef("0", new Ty.Param(0, "T"), true)), 1)),
                Set.of("Debug"), LangItem.OPTION, Span.DUMMY);
        defs.put(option);
        DefId ord = defs.newDefId("Ordering");
        ordering = new AdtDef(ord, "Ordering", AdtDef.Kind.ENUM, List.of(), List.of(
                new AdtDef.VariantDef("Less", AdtDef.CtorKind.UNIT, List.of(), -1),
                new AdtDef.VariantDef("Equal", AdtDef.CtorKind.UNIT, List.of(), 0),
                new AdtDef.VariantDef("Greater", AdtDef.CtorKind.UNIT, List.of(), 1)), Set.of(), LangItem.ORDERING, Span.DUMMY);
        defs.put(ordering);
        dropTrait = trait("Drop");
        displayTrait = trait("Display");
        debugTrait = trait("Debug");
    }

    AdtDef adt(String name, LangItem lang, List<String> generics, boolean unused) {
        DefId id = defs.newDefId(name);
        AdtDef d = new AdtDef(id, name, AdtDef.Kind.STRUCT, generics,
                List.of(new AdtDef.VariantDef(name, AdtDef.CtorKind.UNIT, List.of(), 0)), Set.of(), lang, Span.DUMMY);
        defs.put(d);
        return d;
    }

    /** A user struct with named fields. */
    AdtDef struct(String name, Set<String> derives, AdtDef.FieldDef... fields) {
        DefId id = defs.newDefId(name);
        AdtDef.CtorKind ctor = fields.length > 0 && fields[0].name().equals("0") ? AdtDef.CtorKind.TUPLE : AdtDef.CtorKind.NAMED;
        AdtDef d = new AdtDef(id, name, AdtDef.Kind.STRUCT, List.of(),
                List.of(new AdtDef.VariantDef(name, ctor, List.of(fields), 0)), derives, null, Span.DUMMY);
        defs.put(d);
        return d;
    }

    DefId trait(String lang) {
        DefId id = defs.newDefId(lang);
        defs.put(new TraitDef(id, lang, new GenericsDef(null, 0, List.of("Self"), List.of()), Map.of(), List.of(), List.of(),
                lang, Span.DUMMY));
        return id;
    }

    /** `impl Trait for self { fn method }` with the given method. */
    void implTrait(DefId trait, Ty self, String method, DefId fn, boolean derived) {
        DefId id = defs.newDefId("impl");
        defs.put(new ImplDef(id, GenericsDef.EMPTY, trait, List.of(), self, fn == null ? Map.of() : Map.of(method, fn),
                Map.of(), derived, Span.DUMMY));
    }

    static dev.heaplab.core.mir.Rvalue agg(AdtDef d, Operand... ops) {
        return new dev.heaplab.core.mir.Rvalue.Aggregate(new dev.heaplab.core.mir.Rvalue.AggregateKind.Adt(d.id(), 0, List.of()),
                List.of(ops));
    }

    Ty ty(AdtDef d, Ty... args) { return new Ty.Adt(d.id(), List.of(args)); }

    static Ty ref(Ty t) { return new Ty.Ref(Region.ERASED, false, t); }

    static Ty refMut(Ty t) { return new Ty.Ref(Region.ERASED, true, t); }

    static final Ty I32 = Ty.I32, USIZE = Ty.USIZE, U8 = new Ty.Int(IntTy.U8), U64 = new Ty.Int(IntTy.U64), UNIT = Ty.UNIT;

    private final Map<String, DefId> builtins = new HashMap<>();

    /** A builtin function with this key (generic over {@code generics} parameters). */
    DefId builtin(String key, int generics) {
        return builtins.computeIfAbsent(key, k -> {
            DefId id = defs.newDefId(k);
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < generics; i++) ps.add("T" + i);
            defs.put(new FnDef(id, k, k, new GenericsDef(null, 0, ps, List.of()), new FnSig(List.of(), Ty.UNIT), null, null, k,
                    false, null, null, Span.DUMMY));
            return id;
        });
    }

    Operand fnOp(DefId fn, Ty... args) { return new Operand.Constant(new ConstValue.ZeroSized(), new Ty.FnDef(fn, List.of(args))); }

    static Operand str(String s) { return new Operand.Constant(new ConstValue.Str(s), ref(Ty.STR)); }

    static Operand int32(long v) { return new Operand.Constant(new ConstValue.Int(BigInteger.valueOf(v)), Ty.I32); }

    static Operand usize(long v) { return new Operand.Constant(new ConstValue.Int(BigInteger.valueOf(v)), Ty.USIZE); }

    static Operand intOf(long v, IntTy t) { return new Operand.Constant(new ConstValue.Int(BigInteger.valueOf(v)), new Ty.Int(t)); }

    static Operand unit() { return new Operand.Constant(new ConstValue.ZeroSized(), Ty.UNIT); }

    /** A format template from literal text and `{}` / `{:?}` holes (argument indices in order). */
    static Operand fmt(String pattern) {
        List<FormatTemplate.Piece> pieces = new ArrayList<>();
        int arg = 0;
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.startsWith("{}", i) || pattern.startsWith("{:?}", i)) {
                if (!lit.isEmpty()) pieces.add(new FormatTemplate.Piece.Literal(lit.toString()));
                lit.setLength(0);
                boolean debug = pattern.startsWith("{:?}", i);
                FormatTemplate.FormatSpec d = FormatTemplate.FormatSpec.DEFAULT;
                FormatTemplate.FormatSpec spec = debug ? new FormatTemplate.FormatSpec(d.fill(), d.align(), false, false, false,
                        false, d.width(), d.precision(), FormatTemplate.Trait.DEBUG, 0) : d;
                pieces.add(new FormatTemplate.Piece.Argument(arg++, spec));
                i += debug ? 3 : 1;
            } else {
                lit.append(pattern.charAt(i));
            }
        }
        if (!lit.isEmpty()) pieces.add(new FormatTemplate.Piece.Literal(lit.toString()));
        return new Operand.Constant(new ConstValue.Format(new FormatTemplate(pieces)), Ty.UNIT);
    }

    /** The span of the first occurrence of {@code text} in the source (its start gives line:col). */
    Span at(String text) {
        int i = src.text().indexOf(text);
        if (i < 0) throw new IllegalArgumentException("not in source: " + text);
        return new Span(i, i + text.length());
    }

    FnBuilder fn(String name, Ty ret, Ty... params) { return new FnBuilder(name, ret, params); }

    /** The body of closure {@code closure}: `_1` is its environment, then its parameters. */
    FnBuilder closureBody(DefId closure, Ty ret, Ty env, Ty... params) {
        Ty[] all = new Ty[params.length + 1];
        all[0] = env;
        System.arraycopy(params, 0, all, 1, params.length);
        return new FnBuilder(closure, "{closure}", ret, all);
    }

    MirProgram program(DefId main) { return new MirProgram(src, defs, bodies, main); }

    /** A run's captured output and result. */
    record Run(String stdout, String stderr, ExecutionResult result) {}

    Run run(DefId main) { return run(main, Limits.DEFAULT, List.of()); }

    Run run(DefId main, Limits limits, List<MachineObserver> observers) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        ExecutionResult r = new Machine(program(main), limits, new ProgramOutput() {
            @Override public void stdout(String text) { out.append(text); }

            @Override public void stderr(String text) { err.append(text); }
        }, observers).run();
        return new Run(out.toString(), err.toString(), r);
    }

    /** Builds one body: locals, then blocks filled in any order. */
    final class FnBuilder {
        final DefId id;
        final String name;
        final List<LocalDecl> locals = new ArrayList<>();
        final List<List<Statement>> stmts = new ArrayList<>();
        final List<Terminator> terms = new ArrayList<>();
        final List<Boolean> cleanup = new ArrayList<>();
        final int argCount;
        Span span = Span.DUMMY;

        FnBuilder(String name, Ty ret, Ty... params) { this(null, name, ret, params); }

        /** A body for an existing definition (a closure) when {@code existing} is non-null. */
        FnBuilder(DefId existing, String name, Ty ret, Ty... params) {
            this.id = existing != null ? existing : defs.newDefId(name);
            this.name = name;
            this.argCount = params.length;
            locals.add(new LocalDecl(ret, null, false, Span.DUMMY, LocalDecl.Kind.RETURN));
            for (int i = 0; i < params.length; i++)
                locals.add(new LocalDecl(params[i], "a" + i, false, Span.DUMMY, LocalDecl.Kind.ARG));
            if (existing == null)
                defs.put(new FnDef(id, name, name, GenericsDef.EMPTY, new FnSig(List.of(params), ret), null, null, null, false,
                        null, null, Span.DUMMY));
        }

        Place local(Ty ty, String name) {
            locals.add(new LocalDecl(ty, name, true, Span.DUMMY, name == null ? LocalDecl.Kind.TEMP : LocalDecl.Kind.USER));
            return Place.of(new Local(locals.size() - 1));
        }

        Place arg(int i) { return Place.of(new Local(i + 1)); }

        Place ret() { return Place.of(Local.RETURN); }

        /** A new empty block; returns its id. */
        BlockId block() { return block(false); }

        BlockId block(boolean isCleanup) {
            stmts.add(new ArrayList<>());
            terms.add(null);
            cleanup.add(isCleanup);
            return new BlockId(stmts.size() - 1);
        }

        FnBuilder assign(BlockId b, Place p, Rvalue rv) {
            stmts.get(b.index()).add(new Statement.Assign(span, p, rv));
            return this;
        }

        FnBuilder stmt(BlockId b, Statement s) {
            stmts.get(b.index()).add(s);
            return this;
        }

        FnBuilder live(BlockId b, Place p) { return stmt(b, new Statement.StorageLive(span, p.local())); }

        FnBuilder dead(BlockId b, Place p) { return stmt(b, new Statement.StorageDead(span, p.local())); }

        void term(BlockId b, Terminator t) { terms.set(b.index(), t); }

        /** `dest = f(args)` then goto {@code next}. */
        void call(BlockId b, Span s, Operand f, Place dest, BlockId next, Operand... args) {
            term(b, new Terminator.Call(s, f, List.of(args), dest, next, null));
        }

        void ret(BlockId b) { term(b, new Terminator.Return(span)); }

        void gotoBlock(BlockId b, BlockId t) { term(b, new Terminator.Goto(span, t)); }

        void drop(BlockId b, Place p, BlockId next) { term(b, new Terminator.Drop(span, p, null, next, null)); }

        /** The block straight-line helpers append to. */
        BlockId cur;

        /** Starts straight-line building at a fresh entry block. */
        FnBuilder begin() {
            cur = block();
            return this;
        }

        FnBuilder set(Place p, Rvalue rv) { return assign(cur, p, rv); }

        /** Appends `dest = f(args)` and continues in a new block. */
        FnBuilder callNext(Span s, Operand f, Place dest, Operand... args) {
            BlockId next = block();
            call(cur, s, f, dest, next, args);
            cur = next;
            return this;
        }

        FnBuilder dropNext(Place p) {
            BlockId next = block();
            drop(cur, p, next);
            cur = next;
            return this;
        }

        FnBuilder returnNow() {
            ret(cur);
            return this;
        }

        DefId build() {
            List<Body.BasicBlock> bbs = new ArrayList<>();
            for (int i = 0; i < stmts.size(); i++) bbs.add(new Body.BasicBlock(stmts.get(i), terms.get(i), cleanup.get(i)));
            bodies.put(id, new Body(id, name, locals, argCount, bbs, span));
            return id;
        }
    }

    static Operand copy(Place p) { return new Operand.Copy(p); }

    static Operand move(Place p) { return new Operand.Move(p); }

    static Rvalue use(Operand o) { return new Rvalue.Use(o); }

    static Rvalue refOf(Place p) { return new Rvalue.Ref(Rvalue.BorrowKind.SHARED, p); }

    static Rvalue refMutOf(Place p) { return new Rvalue.Ref(Rvalue.BorrowKind.MUT, p); }
}
