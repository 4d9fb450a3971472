package dev.heaplab.core.profile;

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
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.LayoutOf;
import dev.heaplab.core.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A `let mut v = Vec::new()` / `String::new()` that only grows by pushes of known size and is
 * otherwise only read. MIR facts required (anything else drops the candidate):
 * <ul>
 * <li>a user variable initialised by exactly one call of `Vec::new`/`String::new`;</li>
 * <li>every `&mut v` goes straight into `Vec::push`, `String::push` with a constant char or
 *     `String::push_str` with a constant string (so the length only grows, by known amounts);</li>
 * <li>otherwise only `&v` (reads), drops, storage markers; never moved, never captured;</li>
 * <li>the steps with the spans of the `new` and push calls lie in the calls' own blocks (so their executions
 *     can be counted, see {@link MirScan#runsPerExecution}).</li>
 * </ul>
 * It can give {@link Hint.Kind#WITH_CAPACITY} (pushes inside a loop) and {@link Hint.Kind#REUSE_BUFFER}
 * (the `let` itself inside a loop, with a `let` statement that can be hoisted before the loop).
 */
record GrowthCandidate(String name, boolean string, Span newCall, Map<Span, Long> adds, Map<Span, Integer> runs,
        boolean pushInLoop, int minCap, Reuse reuse) {
    /** How to hoist the `let` out of its loop: the let statement and the loop it sits in. */
    record Reuse(Stmt.Let let, Expr loop) {}

    Set<Span> watched() {
        Set<Span> s = new HashSet<>(adds.keySet());
        s.add(newCall);
        return s;
    }

    static List<GrowthCandidate> in(MirProgram mir, MirScan scan, Body body) {
        List<GrowthCandidate> out = new ArrayList<>();
        for (int i = 1; i < body.locals().size(); i++) {
            LocalDecl d = body.locals().get(i);
            if (d.kind() != LocalDecl.Kind.USER || d.name() == null || !d.mutable()) continue;
            GrowthCandidate c = of(mir, scan, body, new Local(i), d);
            if (c != null) out.add(c);
        }
        return out;
    }

    private static GrowthCandidate of(MirProgram mir, MirScan scan, Body body, Local v, LocalDecl d) {
        if (!(d.ty() instanceof Ty.Adt adt)) return null;
        AdtDef def = mir.defs().adt(adt.def());
        if (def == null || (def.lang() != LangItem.VEC && def.lang() != LangItem.STRING)) return null;
        boolean string = def.lang() == LangItem.STRING;
        int minCap;
        if (string) minCap = 8;
        else {
            OptionalLong size = new LayoutOf(mir.defs()).sizeOf(adt.args().get(0));
            if (size.isEmpty() || size.getAsLong() == 0) return null;
            long s = size.getAsLong();
            minCap = s == 1 ? 8 : s <= 1024 ? 4 : 1;
        }
        Span newCall = null;
        Map<Span, Long> adds = new HashMap<>();
        Map<Span, Integer> runs = new HashMap<>();
        boolean pushInLoop = true;
        for (MirScan.Site site : MirScan.mentions(body, v)) {
            Body.BasicBlock bb = body.blocks().get(site.block());
            if (site.index() < 0) {
                Terminator t = bb.terminator();
                if (t instanceof Terminator.Call call && call.destination().equals(Place.of(v)) && newCall == null
                        && isNew(scan.calleeName(call), string) && call.args().isEmpty()) {
                    newCall = call.span();
                    runs.put(newCall, scan.runsPerExecution(call));
                }
                else if (!(t instanceof Terminator.Drop drop && drop.place().equals(Place.of(v)))) return null;
                continue;
            }
            switch (bb.statements().get(site.index())) {
                case Statement.StorageLive s -> { }
                case Statement.StorageDead s -> { }
                case Statement.PlaceMention f when f.place().equals(Place.of(v)) -> { }
                case Statement.Assign a when a.rvalue() instanceof Rvalue.Ref ref && ref.place().equals(Place.of(v))
                        && a.place().isLocal() && body.local(a.place().local()).kind() == LocalDecl.Kind.TEMP -> {
                    Local t = a.place().local();
                    Terminator.Call use = onlyCallUse(body, t);
                    if (use == null) return null;
                    if (ref.kind() == Rvalue.BorrowKind.SHARED) continue;
                    if (ref.kind() == Rvalue.BorrowKind.SHALLOW) return null;
                    Long add = pushSize(scan.calleeName(use), use, t, string);
                    if (add == null || scan.runsPerExecution(use) == 0 || adds.containsKey(use.span())) return null;
                    adds.put(use.span(), add);
                    runs.put(use.span(), scan.runsPerExecution(use));
                    pushInLoop &= MirScan.inLoop(body, blockOf(body, use));
                }
                default -> { return null; }
            }
        }
        if (newCall == null || adds.isEmpty() || runs.get(newCall) == 0 || adds.containsKey(newCall)) return null;
        SourceFile file = mir.source();
        String text = file.slice(newCall);
        if (!text.startsWith(string ? "String::" : "Vec::") || !text.endsWith("new()")) return null;
        return new GrowthCandidate(d.name(), string, newCall, adds, runs, pushInLoop, minCap,
                reuse(mir, body, v, d, newCall));
    }

    private static boolean isNew(String callee, boolean string) {
        return string ? "String::new".equals(callee) : "Vec::new".equals(callee);
    }

    /** Bytes (String) or elements (Vec) a push adds, when known from the MIR; null otherwise. */
    private static Long pushSize(String callee, Terminator.Call call, Local t, boolean string) {
        if (call.args().isEmpty() || !MirScan.places(call.args().get(0)).equals(List.of(Place.of(t)))) return null;
        for (int i = 1; i < call.args().size(); i++) {
            if (!MirScan.places(call.args().get(i)).stream().noneMatch(p -> p.local().equals(t))) return null;
        }
        if (!string) return "Vec::push".equals(callee) && call.args().size() == 2 ? 1L : null;
        if (call.args().size() != 2 || !(call.args().get(1) instanceof Operand.Constant k)) return null;
        return switch (callee == null ? "" : callee) {
            case "String::push" -> k.value() instanceof ConstValue.Char c
                    ? (long) new String(Character.toChars(c.codePoint())).getBytes(StandardCharsets.UTF_8).length : null;
            case "String::push_str" -> k.value() instanceof ConstValue.Str s
                    ? (long) s.value().getBytes(StandardCharsets.UTF_8).length : null;
            default -> null;
        };
    }

    /** The single call that receives temporary {@code t} (besides its assignment and storage markers), or null. */
    private static Terminator.Call onlyCallUse(Body body, Local t) {
        Terminator.Call found = null;
        for (MirScan.Site s : MirScan.mentions(body, t)) {
            Body.BasicBlock bb = body.blocks().get(s.block());
            if (s.index() >= 0) {
                Statement st = bb.statements().get(s.index());
                boolean ok = st instanceof Statement.StorageLive || st instanceof Statement.StorageDead
                        || (st instanceof Statement.Assign a && a.place().equals(Place.of(t)) && a.rvalue() instanceof Rvalue.Ref);
                if (!ok) return null;
            } else if (bb.terminator() instanceof Terminator.Call c && found == null
                    && !c.destination().local().equals(t)) {
                found = c;
            } else {
                return null;
            }
        }
        return found;
    }

    private static int blockOf(Body body, Terminator t) {
        for (int i = 0; i < body.blocks().size(); i++) if (body.blocks().get(i).terminator() == t) return i;
        return -1;
    }

    /** The `let` to hoist and its innermost loop, when the rewrite is a plain textual move; else null. */
    private static Reuse reuse(MirProgram mir, Body body, Local v, LocalDecl d, Span newCall) {
        FnDef fn = mir.defs().fn(body.def());
        if (fn == null || fn.decl() == null || fn.decl().body() == null) return null;
        // One buffer for the whole run only when the function runs once: a function called several
        // times would still allocate one per call (unseen8/morse_code_translator's `encode`).
        if (!"main".equals(fn.qualifiedName())) return null;
        for (int i = 1; i < body.locals().size(); i++) {
            if (i != v.index() && d.name().equals(body.locals().get(i).name())) return null; // hoisting could shadow
        }
        AstNodes ast = new AstNodes(fn.decl().body());
        Stmt.Let let = ast.lets.stream().filter(l -> l.init() != null && l.init().span().equals(newCall)
                && l.elseBlock() == null && l.pattern() instanceof Pattern.Binding b && b.mutable() && !b.byRef()
                && b.sub() == null && b.name().name().equals(d.name())).findFirst().orElse(null);
        if (let == null) return null;
        Expr loop = null;
        for (Expr l : ast.loops) {
            if (AstNodes.contains(l.span(), let.span()) && (loop == null || AstNodes.contains(loop.span(), l.span()))) loop = l;
        }
        if (loop == null) return null;
        for (Expr.Closure c : ast.closures) {
            if (AstNodes.contains(c.span(), let.span()) && AstNodes.contains(loop.span(), c.span())) return null;
        }
        SourceFile file = mir.source();
        // after hoisting, the name is in scope in the whole loop and after it: it must not be used outside the loop
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(d.name()) + "\\b")
                .matcher(file.slice(fn.decl().span()));
        int base = fn.decl().span().lo();
        while (m.find()) {
            if (!AstNodes.contains(loop.span(), new Span(base + m.start(), base + m.end()))) return null;
        }
        int lineStart = file.startPos() + lineStartOffset(file, loop.span().lo());
        if (!file.slice(new Span(lineStart, loop.span().lo())).isBlank()) return null; // a label or code before it
        // the loop must be a statement of its own: the code before it ends with `;`, `{` or `}`
        String before = file.slice(new Span(file.startPos(), lineStart)).stripTrailing();
        if (before.isEmpty() || "{};".indexOf(before.charAt(before.length() - 1)) < 0) return null;
        return new Reuse(let, loop);
    }

    private static int lineStartOffset(SourceFile file, int pos) {
        String text = file.text();
        int off = pos - file.startPos();
        int i = text.lastIndexOf('\n', off - 1);
        return i + 1;
    }

    /** The instances replayed from the trail, and what the growth policy predicts with and without reuse. */
    private static final class Replay {
        long instances, allocated, reallocs, maxLen;
        long freshAllocs, freshReallocs, reuseAllocs, reuseReallocs;
    }

    private Replay replay(Trail trail) {
        Replay r = new Replay();
        long len = 0, cap = 0, reuseCap = 0;
        int id = -1;
        boolean started = false, freed = false;
        Set<Integer> ids = new HashSet<>();
        Map<Span, Integer> seen = new HashMap<>();
        for (Trail.Entry e : trail.entries()) {
            // a Hit is an execution at the last run of steps its block makes with that span
            if (e instanceof Trail.Hit h && runs.containsKey(h.span())
                    && seen.merge(h.span(), 1, Integer::sum) % runs.get(h.span()) != 0) continue;
            switch (e) {
                case Trail.Hit h when h.span().equals(newCall) -> {
                    if (started && id != -1 && !freed) return null; // two instances alive at once (recursion)
                    started = true;
                    r.instances++;
                    len = 0;
                    cap = 0;
                    id = -1;
                    freed = false;
                }
                case Trail.Hit h when adds.containsKey(h.span()) -> {
                    if (!started) return null;
                    len += adds.get(h.span());
                    r.maxLen = Math.max(r.maxLen, len);
                    if (len > cap) {
                        if (cap == 0) r.freshAllocs++; else r.freshReallocs++;
                        cap = Math.max(Math.max(2 * cap, len), minCap);
                    }
                    if (len > reuseCap) {
                        if (reuseCap == 0) r.reuseAllocs++; else r.reuseReallocs++;
                        reuseCap = Math.max(Math.max(2 * reuseCap, len), minCap);
                    }
                }
                case Trail.Hit h -> { }
                case Trail.Alloc a when adds.containsKey(a.span()) -> {
                    if (!started || id != -1) return null;
                    id = a.id();
                    ids.add(id);
                    r.allocated++;
                }
                case Trail.Alloc a -> { }
                case Trail.Realloc re when ids.contains(re.id()) -> {
                    if (re.id() != id || !adds.containsKey(re.span())) return null;
                    r.reallocs++;
                }
                case Trail.Realloc re -> { }
                case Trail.Dealloc de -> {
                    if (de.id() == id) freed = true;
                }
            }
        }
        // The growth policy modelled here must reproduce what the machine did, or no figure is given.
        if (r.freshAllocs != r.allocated || r.freshReallocs != r.reallocs) return null;
        return r;
    }

    List<Hint> judge(Trail trail, SourceFile file) {
        Replay r = replay(trail);
        if (r == null || r.instances == 0) return List.of();
        List<Hint> out = new ArrayList<>();
        int line = file.line(newCall.lo());
        String from = file.slice(newCall);
        String type = string ? "String" : "Vec";
        if (pushInLoop && r.reallocs > 0 && r.allocated == r.instances && r.maxLen > 0) {
            String to = from.substring(0, from.length() - "new()".length()) + "with_capacity(" + r.maxLen + ")";
            out.add(new Hint(Hint.Kind.WITH_CAPACITY, line, name, r.maxLen, from, to, 0, r.reallocs,
                    List.of(edit(file, newCall, to))));
        }
        if (reuse != null && r.allocated >= 2 && r.reuseAllocs == 1 && r.reuseReallocs <= r.reallocs) {
            Span letSpan = reuse.let().span();
            String letText = file.slice(letSpan);
            boolean semi = letText.endsWith(";");
            int loopLine = file.startPos() + lineStartOffset(file, reuse.loop().span().lo());
            String indent = file.slice(new Span(loopLine, reuse.loop().span().lo()));
            String hoisted = indent + letText + (semi ? "" : ";") + "\n";
            String clear = name + ".clear()" + (semi ? ";" : "");
            out.add(new Hint(Hint.Kind.REUSE_BUFFER, line, name, r.instances, type, clear, r.allocated - 1,
                    r.reallocs - r.reuseReallocs, List.of(edit(file, new Span(loopLine, loopLine), hoisted),
                            edit(file, letSpan, clear))));
        }
        return out;
    }

    static Hint.Edit edit(SourceFile file, Span span, String text) {
        return new Hint.Edit(span.lo() - file.startPos(), span.hi() - file.startPos(), text);
    }
}
