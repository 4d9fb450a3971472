package dev.heaplab.core.memview;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MemorySnapshot;
import dev.heaplab.core.trace.MemorySnapshot.Block;
import dev.heaplab.core.trace.MemorySnapshot.Field;
import dev.heaplab.core.trace.MemorySnapshot.Slot;
import dev.heaplab.core.trace.MemorySnapshot.Val;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trace as JSON, version {@link #VERSION} of the format documented in docs/trace-format.md
 * (schema: docs/trace-format.schema.json): how the run ended, its events, and the snapshots shown.
 * Built as maps and lists, then written with two-space indentation (core has no JSON library).
 */
public final class TraceJson {
    public static final int VERSION = 1;

    private final Trace trace;

    private TraceJson(Trace trace) { this.trace = trace; }

    public static String render(Trace t, List<ShownSteps.Shown> shown, List<String> notes) {
        TraceJson j = new TraceJson(t);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "heaplab-trace");
        root.put("version", VERSION);
        root.put("program", t.source() == null ? null : t.source().displayPath());
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("kind", t.result() == null ? "not_run" : t.result().outcome().name().toLowerCase(Locale.ROOT));
        outcome.put("exit_code", t.result() == null ? null : t.result().exitCode());
        outcome.put("message", t.result() == null ? null : t.result().message());
        root.put("outcome", outcome);
        root.put("truncated", t.truncated());
        root.put("steps_recorded", t.size());
        List<Object> events = new ArrayList<>();
        for (TraceEvent e : t.events()) {
            Map<String, Object> ev = j.event(e);
            if (ev != null) events.add(ev);
        }
        root.put("events", events);
        List<Object> snaps = new ArrayList<>();
        for (ShownSteps.Shown s : shown) snaps.add(j.snapshot(t.snapshot(s.index()), s.line()));
        root.put("snapshots", snaps);
        root.put("notes", new ArrayList<Object>(notes));
        StringBuilder sb = new StringBuilder();
        write(sb, root, "");
        return sb.append('\n').toString();
    }

    private Map<String, Object> event(TraceEvent te) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", te.step());
        switch (te.event()) {
            case MachineEvent.Alloc a -> { kind(m, "alloc", a.span()); m.put("alloc", a.allocId()); m.put("size", a.size()); m.put("align", a.align()); m.put("what", a.what()); }
            case MachineEvent.Realloc r -> { kind(m, "realloc", r.span()); m.put("alloc", r.allocId()); m.put("old_size", r.oldSize()); m.put("new_size", r.newSize()); }
            case MachineEvent.Dealloc d -> { kind(m, "dealloc", d.span()); m.put("alloc", d.allocId()); m.put("size", d.size()); }
            case MachineEvent.Move mv -> { if (mv.name() == null) return null; kind(m, "move", mv.span()); m.put("depth", mv.depth()); m.put("place", mv.name()); }
            case MachineEvent.Copy c -> { if (c.name() == null) return null; kind(m, "copy", c.span()); m.put("depth", c.depth()); m.put("place", c.name()); }
            case MachineEvent.Borrow b -> {
                kind(m, "borrow", b.span());
                m.put("depth", b.depth());
                m.put("place", b.place());
                m.put("mutable", b.mutable());
                m.put("last_use", te.lastUse() == null ? null : location(te.lastUse()));
            }
            case MachineEvent.Drop d -> { kind(m, "drop", d.span()); m.put("depth", d.depth()); m.put("ty", d.ty()); m.put("place", d.place()); m.put("user_drop", d.userDrop()); }
            case MachineEvent.StorageLive l -> { if (l.name() == null) return null; kind(m, "storage_live", l.span()); m.put("depth", l.depth()); m.put("name", l.name()); }
            case MachineEvent.StorageDead d -> { if (d.name() == null) return null; kind(m, "storage_dead", d.span()); m.put("depth", d.depth()); m.put("name", d.name()); }
            case MachineEvent.Output o -> { kind(m, "output", o.span()); m.put("stream", o.stderr() ? "stderr" : "stdout"); m.put("text", o.text()); }
            case MachineEvent.Panic p -> { kind(m, "panic", p.span()); m.put("message", p.message()); }
            case MachineEvent.Call c -> { return null; }
            case MachineEvent.Return r -> { return null; }
            case MachineEvent.Step s -> { return null; }
        }
        return m;
    }

    private void kind(Map<String, Object> m, String kind, Span span) {
        m.put("kind", kind);
        m.put("at", location(span));
    }

    /** `{"line","col"}` in the user's program, or null for the standard library's code. */
    private Object location(Span span) {
        int line = trace.line(span);
        if (line < 0) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("col", trace.source().column(span.lo()));
        return m;
    }

    private Map<String, Object> snapshot(MemorySnapshot s, int afterLine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("at", location(s.at()));
        m.put("after_line", afterLine < 0 ? null : afterLine);
        List<Object> frames = new ArrayList<>();
        for (MemorySnapshot.Frame f : s.frames()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fn", f.fn());
            fm.put("depth", f.depth());
            List<Object> slots = new ArrayList<>();
            for (Slot x : f.slots()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("id", x.id());
                sm.put("name", x.name());
                sm.put("ty", x.ty());
                sm.put("size", x.size());
                sm.put("value", val(x.value()));
                slots.add(sm);
            }
            fm.put("slots", slots);
            frames.add(fm);
        }
        m.put("frames", frames);
        m.put("heap", blocks(s.heap()));
        m.put("statics", blocks(s.statics()));
        return m;
    }

    private static List<Object> blocks(List<Block> bs) {
        List<Object> out = new ArrayList<>();
        for (Block b : bs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.id());
            m.put("ty", b.ty());
            m.put("size", b.size());
            m.put("contents", val(b.contents()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> val(Val v) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (v) {
            case Val.Uninit u -> m.put("kind", "uninit");
            case Val.Moved mv -> m.put("kind", "moved");
            case Val.Scalar s -> { m.put("kind", "scalar"); m.put("text", s.text()); }
            case Val.Pointer p -> {
                m.put("kind", "pointer");
                m.put("ptr", p.kind());
                m.put("region", p.region().name().toLowerCase(Locale.ROOT));
                m.put("target", p.target());
                m.put("path", new ArrayList<Object>(p.path()));
                m.put("len", p.len());
            }
            case Val.Struct st -> {
                m.put("kind", "struct");
                m.put("name", st.name());
                List<Object> fs = new ArrayList<>();
                for (Field f : st.fields()) {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("name", f.name());
                    fm.put("value", val(f.value()));
                    fs.add(fm);
                }
                m.put("fields", fs);
            }
            case Val.Seq q -> {
                m.put("kind", "seq");
                List<Object> es = new ArrayList<>();
                for (Val e : q.elems()) es.add(val(e));
                m.put("elems", es);
                m.put("capacity", q.capacity());
                m.put("more", q.more());
            }
            case Val.Text t -> { m.put("kind", "text"); m.put("text", t.text()); m.put("len", t.len()); m.put("capacity", t.capacity()); }
            case Val.Opaque o -> { m.put("kind", "opaque"); m.put("what", o.what()); }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object o, String indent) {
        switch (o) {
            case null -> sb.append("null");
            case String s -> quote(sb, s);
            case Number n -> sb.append(n);
            case Boolean b -> sb.append(b);
            case Map<?, ?> m -> {
                if (m.isEmpty()) {
                    sb.append("{}");
                    return;
                }
                sb.append("{\n");
                String in = indent + "  ";
                int i = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    sb.append(in);
                    quote(sb, (String) e.getKey());
                    sb.append(": ");
                    write(sb, e.getValue(), in);
                    sb.append(++i < m.size() ? ",\n" : "\n");
                }
                sb.append(indent).append('}');
            }
            case List<?> l -> {
                if (l.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                boolean flat = l.stream().allMatch(x -> x instanceof Number || x instanceof String);
                sb.append(flat ? "[" : "[\n");
                String in = indent + "  ";
                for (int i = 0; i < l.size(); i++) {
                    if (!flat) sb.append(in);
                    write(sb, l.get(i), in);
                    sb.append(i + 1 < l.size() ? (flat ? ", " : ",\n") : (flat ? "" : "\n"));
                }
                sb.append(flat ? "]" : indent + "]");
            }
            default -> quote(sb, o.toString());
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
