package dev.heaplab.core.render;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.MirProgram;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.DefNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints MIR in the style of rustc's `-Zunpretty=mir`: per body a `fn` header with typed arguments,
 * `debug name => _n;` lines, `let` declarations, then each `bbN: { … }` block with its statements
 * and terminator (`-> [return: bb1, unwind: bb2]`). Bodies come in DefId order, so output is deterministic.
 *
 * <p>heaplab's MIR has no source scopes, so all `debug` lines come first; drop flags print as
 * assignments, flagged drops as `drop(_1) if _5`.
 */
public final class MirPrinter {
    private final MirText text;

    private MirPrinter(DefNames names) { this.text = new MirText(names); }

    /** The program's own bodies (its functions, methods and closures), not the std stubs'. */
    public static String print(MirProgram program) {
        Map<DefId, Body> own = new LinkedHashMap<>();
        program.bodies().forEach((id, b) -> { if (program.source().contains(b.span().lo())) own.put(id, b); });
        return print(program, own);
    }

    /** Every body, the std stubs' included (those made on first use are made now). */
    public static String printAll(MirProgram program) { return print(program, program.allBodies()); }

    private static String print(MirProgram program, Map<DefId, Body> bodies) {
        MirPrinter p = new MirPrinter(program.defs());
        List<DefId> ids = new ArrayList<>(bodies.keySet());
        ids.sort(Comparator.comparingInt(DefId::index));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) out.append('\n');
            out.append(p.body(bodies.get(ids.get(i))));
        }
        return out.toString();
    }

    /** One body, e.g. for tests and for tools showing a single function. */
    public static String print(Body body, DefNames names) { return new MirPrinter(names).body(body); }

    private String body(Body b) {
        StringBuilder out = new StringBuilder("fn ").append(b.name()).append('(');
        List<String> args = new ArrayList<>();
        for (int i = 1; i <= b.argCount(); i++) args.add("_" + i + ": " + text.ty(b.locals().get(i).ty()));
        out.append(String.join(", ", args)).append(") -> ").append(text.ty(b.locals().get(0).ty())).append(" {\n");
        for (int i = 1; i < b.locals().size(); i++) {
            LocalDecl d = b.locals().get(i);
            if (d.name() != null) out.append("    debug ").append(d.name()).append(" => _").append(i).append(";\n");
        }
        for (int i = 0; i < b.locals().size(); i++) {
            if (i >= 1 && i <= b.argCount()) continue;
            LocalDecl d = b.locals().get(i);
            boolean mut = d.kind() != LocalDecl.Kind.USER || d.mutable();
            out.append("    let ").append(mut ? "mut " : "").append('_').append(i).append(": ").append(text.ty(d.ty()))
                    .append(";\n");
        }
        for (int i = 0; i < b.blocks().size(); i++) {
            Body.BasicBlock block = b.blocks().get(i);
            out.append("\n    bb").append(i).append(block.cleanup() ? " (cleanup)" : "").append(": {\n");
            for (Statement s : block.statements()) out.append("        ").append(statement(s)).append(";\n");
            out.append("        ").append(terminator(block.terminator())).append(";\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private String statement(Statement s) {
        return switch (s) {
            case Statement.Assign a -> text.place(a.place()) + " = " + text.rvalue(a.rvalue());
            case Statement.StorageLive l -> "StorageLive(" + l.local() + ")";
            case Statement.StorageDead d -> "StorageDead(" + d.local() + ")";
            case Statement.SetDiscriminant d -> "discriminant(" + text.place(d.place()) + ") = " + d.variant();
            case Statement.PlaceMention f -> "PlaceMention(" + text.place(f.place()) + ")";
            case Statement.SetDropFlag f -> f.flag() + " = const " + f.value();
            case Statement.Nop n -> "nop";
        };
    }

    private String terminator(Terminator t) {
        return switch (t) {
            case Terminator.Goto g -> "goto -> " + g.target();
            case Terminator.SwitchInt s -> {
                List<String> arms = new ArrayList<>();
                for (int i = 0; i < s.values().size(); i++) arms.add(s.values().get(i) + ": " + s.targets().get(i));
                arms.add("otherwise: " + s.otherwise());
                yield "switchInt(" + text.operand(s.discr()) + ") -> [" + String.join(", ", arms) + "]";
            }
            case Terminator.Return r -> "return";
            case Terminator.UnwindResume r -> "resume";
            case Terminator.Unreachable u -> "unreachable";
            case Terminator.Drop d -> "drop(" + text.place(d.place()) + ")" + (d.flag() == null ? "" : " if " + d.flag())
                    + " -> [return: " + d.target() + ", " + unwind(d.unwind()) + "]";
            case Terminator.Call c -> text.place(c.destination()) + " = " + text.callee(c.func())
                    + c.args().stream().map(text::operand).collect(Collectors.joining(", ", "(", ")"))
                    + " -> " + (c.target() == null ? unwind(c.unwind())
                            : "[return: " + c.target() + ", " + unwind(c.unwind()) + "]");
            case Terminator.Assert a -> "assert(" + (a.expected() ? "" : "!") + text.operand(a.cond()) + ", "
                    + text.assertMessage(a.message()) + ") -> [success: " + a.target() + ", " + unwind(a.unwind()) + "]";
        };
    }

    private static String unwind(BlockId target) { return target == null ? "unwind continue" : "unwind: " + target; }
}
