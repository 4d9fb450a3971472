package dev.heaplab.core.typeck;

import dev.heaplab.core.Parallel;
import dev.heaplab.core.resolve.UnresolvedPath;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.resolve.Decl;
import dev.heaplab.core.resolve.ItemCollector;
import dev.heaplab.core.resolve.ModuleScope;
import dev.heaplab.core.resolve.NameResolver;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.resolve.SignatureCollector;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.SourceMap;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Parser;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of name resolution and type checking: the user's crate plus the std stubs (in one
 * position and NodeId space) to a typed program.
 * Steps: the stubs alone, once ({@link #checkStd}): parse, collect items (names, then signatures),
 * check every body. Then per program, on a copy of their definitions: collect its items, check its
 * bodies, find `main`.
 */
public final class TypeChecker {
    /** The std stub resources, in load order. */
    public static final List<String> STD_RESOURCES = List.of("prelude.rs", "builtins.rs");

    /** A std stub source: its display path and text. */
    public record StdSource(String path, String text) {}

    private TypeChecker() {}

    /**
     * Returns null when errors make a typed program impossible; errors go to {@code diags}. The std
     * stubs are those checked once per JVM ({@link #std()}).
     */
    public static TypedProgram check(Crate crate, Diagnostics diags) {
        return check(crate, diags, std());
    }

    /** The stubs of {@link #STD_RESOURCES}, checked on first use and then shared (the holder idiom makes that thread-safe). */
    public static CheckedStd std() { return StdHolder.STD; }

    private static final class StdHolder {
        static final CheckedStd STD = checkStd(loadStd());
    }

    public static List<StdSource> loadStd() {
        List<StdSource> out = new ArrayList<>();
        for (String name : STD_RESOURCES) {
            try (InputStream in = TypeChecker.class.getResourceAsStream("/dev/heaplab/std/" + name)) {
                if (in != null) out.add(new StdSource("<std>/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // FIXME(resources): a missing stub surfaces as unresolved std names.
            }
        }
        return out;
    }

    /** Checks a program against other stubs (tests): they are checked for this program alone. */
    public static TypedProgram check(Crate crate, Diagnostics diags, List<StdSource> std) {
        CheckedStd checked;
        try {
            checked = checkStd(std);
        } catch (RuntimeException | StackOverflowError e) {
            diags.add(Diagnostic.internal(null, "the std stubs could not be checked (" + dev.heaplab.core.Driver.describe(e) + ")"));
            return null;
        }
        return check(crate, diags, checked);
    }

    /** Checks a program against stubs already checked; {@code std} is only read. */
    public static TypedProgram check(Crate crate, Diagnostics diags, CheckedStd std) {
        try {
            return run(crate, diags, std);
        } catch (RuntimeException | StackOverflowError e) {
            // FIXME(defensive): a checker bug must not reach the user as a stack trace.
            if (System.getenv("HEAPLAB_DEBUG_TYPECK") != null) e.printStackTrace();
            diags.add(Diagnostic.internal(null, "a program the type checker could not handle ("
                    + dev.heaplab.core.Driver.describe(e) + ")"));
            return null;
        }
    }

    /** Resolution errors come first, as rustc resolves names before type-checking. */
    private static final java.util.Set<String> RESOLVE_CODES = java.util.Set.of("E0425", "E0433", "E0405", "E0422",
            "E0531", "E0532", "E0423", "E0574", "E0573", "E0426");

    private static boolean isResolveError(Diagnostic d) { return d.code() != null && RESOLVE_CODES.contains(d.code()); }

    private static TypedProgram run(Crate crate, Diagnostics out, CheckedStd std) {
        Diagnostics diags = new Diagnostics();
        try {
            return run0(crate, diags, std);
        } finally {
            for (int group = 0; group <= 3; group++) {
                List<Diagnostic> in = new java.util.ArrayList<>();
                for (Diagnostic d : diags.all()) if (isResolveError(d) && UnresolvedPath.order(d) == group) in.add(d);
                // rustc resolves in the order of the source (heaplab: signatures before bodies)
                in.sort(java.util.Comparator.comparingInt(d -> d.primarySpan() == null ? Integer.MAX_VALUE : d.primarySpan().lo()));
                out.addAll(in);
            }
            // rustc stops after resolution when a trait name is not found: no type error follows an E0405
            boolean stop = diags.all().stream().anyMatch(d -> "E0405".equals(d.code()));
            for (Diagnostic d : diags.all()) {
                if (!isResolveError(d) && (!stop || d.kind() != Diagnostic.Kind.RUST || d.code() != null && RESOLUTION_TIME_CODES.contains(d.code()))) out.add(d);
            }
            out.lateFrom(diags);
        }
    }

    /** Errors rustc reports while resolving names, so before it stops for an E0405. */
    private static final java.util.Set<String> RESOLUTION_TIME_CODES = java.util.Set.of("E0401", "E0403", "E0404", "E0408",
            "E0409", "E0411", "E0415", "E0416", "E0424", "E0428", "E0432", "E0434", "E0603");

    /**
     * Parses, resolves and checks the stubs alone: their files placed from {@link CheckedStd#FIRST_POS},
     * their NodeIds from {@link CheckedStd#FIRST_NODE}, their DefIds first. Throws on a checker fault.
     */
    public static CheckedStd checkStd(List<StdSource> std) {
        return checkStd(std, false);
    }

    /**
     * The same; with {@code lazy}, the bodies {@link StdDeferral} finds independent are left to
     * {@link CheckedStd#checkDeferred} (start-up: a program needs a few dozen of them). Tests check
     * every body at once, so that a broken stub still fails them.
     */
    public static CheckedStd checkStd(List<StdSource> std, boolean lazy) {
        Diagnostics diags = new Diagnostics();
        List<SourceFile> files = new ArrayList<>();
        int pos = CheckedStd.FIRST_POS;
        for (StdSource s : std) {
            SourceFile file = new SourceFile(s.path(), s.text(), pos);
            pos = file.endPos() + 1;
            files.add(file);
        }
        List<Crate> crates = parseStd(files, diags);
        dev.heaplab.core.StartupClock.mark("std parsed");
        ModuleScope stdRoot = new ModuleScope("std", null, true, false);
        ProgramCx cx = new ProgramCx(new ProgramDefs(), new NameResolver(new ModuleScope("crate", null, false, false), stdRoot), diags);
        cx.sources = sourceMap(null, files);
        ItemCollector items = new ItemCollector(cx);
        for (Crate c : crates) items.collect(c.items(), stdRoot);
        SignatureCollector sigs = new SignatureCollector(cx);
        sigs.run(items.collected());
        dev.heaplab.core.StartupClock.mark("std signatures");
        Tables tables = new Tables();
        java.util.Set<DefId> deferred = lazy ? StdDeferral.deferrable(cx, sigs.bodies()) : java.util.Set.of();
        new BodyChecker(cx, tables).checkAll(sigs.bodies().stream().filter(d -> !deferred.contains(d)).toList());
        dev.heaplab.core.StartupClock.mark("std bodies checked");
        cx.sources = null;
        return new CheckedStd(files, crates, cx, cx.defs, tables, diags.all(), deferred, new Object());
    }

    /**
     * Parses the stub files, the first on this thread and the others at the same time on a helper
     * thread (start-up wall time, on a machine with a free core); each file's NodeIds start at a
     * fixed place, so that they do not depend on the other files. Diagnostics in file order.
     */
    private static List<Crate> parseStd(List<SourceFile> files, Diagnostics diags) {
        int n = files.size();
        Crate[] crates = new Crate[n];
        Diagnostics[] found = new Diagnostics[n];
        for (int k = 0; k < n; k++) found[k] = new Diagnostics();
        java.util.concurrent.FutureTask<Void> others = new java.util.concurrent.FutureTask<>(() -> {
            for (int k = 1; k < n; k++) crates[k] = Parser.parse(files.get(k), found[k], stdNodeBase(k));
            return null;
        });
        if (n > 1) {
            Thread t = new Thread(others, "heaplab-std-parse");
            t.setDaemon(true);
            t.start();
        }
        if (n > 0) crates[0] = Parser.parse(files.get(0), found[0], stdNodeBase(0));
        if (n > 1) {
            try {
                others.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing the std stubs", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the std stubs could not be parsed", e.getCause());
            }
        }
        for (int k = 0; k < n; k++) {
            if (crates[k].nextNodeId() > stdNodeBase(k + 1)) throw new IllegalStateException("a std stub file has too many nodes");
            diags.addAll(found[k].all());
        }
        return List.of(crates);
    }

    private static int stdNodeBase(int file) { return CheckedStd.FIRST_NODE + file * CheckedStd.NODES_PER_FILE; }

    private static SourceMap sourceMap(SourceFile user, List<SourceFile> std) {
        SourceMap sources = new SourceMap();
        if (user != null) sources.add(user);
        for (SourceFile f : std) sources.add(f);
        return sources;
    }

    /** A program's items collected, names resolved and signatures checked: the context its bodies are checked in. */
    record Front(Crate crate, ProgramCx cx, ModuleScope userRoot, List<DefId> bodies) {}

    /**
     * Everything before the bodies, reported to {@code diags}. It reads the crate and the stubs only, so
     * that two contexts made from one crate are alike (same DefIds, same diagnostics): see {@link SplitBodies}.
     */
    static Front front(Crate crate, Diagnostics diags, CheckedStd std) {
        for (Diagnostic d : std.diagnostics()) diags.add(d);
        ProgramDefs defs = std.defs().copy();
        ModuleScope userRoot = new ModuleScope("crate", null, false, false);
        ProgramCx cx = new ProgramCx(std.cx(), defs, new NameResolver(userRoot, std.cx().resolver), diags);
        cx.sources = sourceMap(crate.source(), std.files());
        ItemCollector items = new ItemCollector(cx);
        items.collect(crate.items(), userRoot);
        dev.heaplab.core.resolve.UndeclaredLifetimes.run(cx, crate.items());
        cx.resolver.checkImports(cx);
        SignatureCollector sigs = new SignatureCollector(cx);
        sigs.run(items.collected());
        new DeriveCheck(cx).run();
        ImplHeaderCheck.run(cx, crate.items());
        AutoTraitCheck.statics(cx);
        QualifiedTypeCheck.run(cx); // the signatures' (rustc reports them before the bodies' errors)
        WellFormedCheck.run(cx); // the signatures' written types against their ADTs' bounds
        reserveClosureIds(cx, sigs.bodies());
        return new Front(crate, cx, userRoot, sigs.bodies());
    }

    /** Gives each closure of the bodies its DefId, in the order of the bodies (as checked) and of the source. */
    private static void reserveClosureIds(ProgramCx cx, List<DefId> bodies) {
        for (DefId d : BodyChecker.checkingOrder(cx, bodies)) {
            FnDef f = cx.defs.fn(d);
            if (f == null || f.decl() == null || f.decl().body() == null) continue;
            dev.heaplab.core.syntax.AstWalk.block(f.decl().body(), e -> {
                if (e instanceof dev.heaplab.core.syntax.Expr.Closure c && !cx.closureIds.containsKey(c.id()))
                    cx.closureIds.put(c.id(), cx.defs.newDefId(ClosureChecker.closureName(cx, c)));
            }, st -> { });
        }
    }

    /** A program's side tables, over the stubs'. */
    static Tables newTables(CheckedStd std) { return new Tables(std.tables(), CheckedStd.FIRST_NODE); }

    private static TypedProgram run0(Crate crate, Diagnostics diags, CheckedStd std) {
        // the second half of the bodies may be checked meanwhile in a context of its own (the same front made again)
        SplitBodies.Claims claims = new SplitBodies.Claims();
        Parallel.Pending<SplitBodies.Part> second = SplitBodies.worthStarting(crate)
                ? Parallel.start(() -> SplitBodies.second(crate, std, claims)) : null;
        Front front = front(crate, diags, std);
        ProgramCx cx = front.cx();
        ModuleScope userRoot = front.userRoot();
        Tables tables = newTables(std);
        BodyChecker bodies = new BodyChecker(cx, tables);
        SplitBodies.check(front, bodies, second, claims);
        bodies.finish();
        QualifiedTypeCheck.run(cx); // the bodies'
        WellFormedCheck.run(cx); // any written outside a body's inference
        DynCompatibility.run(cx); // the `dyn` types of signatures and bodies
        cx.resolver.reportAmbiguities(cx); // names two glob imports give different meanings, used outside a value path
        DefId main = null;
        if (userRoot.names(ModuleScope.Ns.VALUE).get("main") instanceof Decl.Fn f) main = f.def();
        else {
            String file = crate.source().displayPath();
            String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.rs$", "");
            // rustc points just after the last item (trailing comments and blank lines are not part of the crate)
            int end = crate.items().isEmpty() ? crate.source().endPos() : crate.items().get(crate.items().size() - 1).span().hi();
            diags.add(Diagnostic.error("E0601", "`main` function not found in crate `" + stem + "`")
                    .primary(new Span(end, end), "consider adding a `main` function to `" + file + "`").build());
        }
        if (diags.hasErrors()) return null;
        return new TypedProgram(crate, cx.defs, tables, main);
    }
}
