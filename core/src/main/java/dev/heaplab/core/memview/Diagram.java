package dev.heaplab.core.memview;

import dev.heaplab.core.trace.MemorySnapshot;
import dev.heaplab.core.trace.MemorySnapshot.Block;
import dev.heaplab.core.trace.MemorySnapshot.Field;
import dev.heaplab.core.trace.MemorySnapshot.Region;
import dev.heaplab.core.trace.MemorySnapshot.Slot;
import dev.heaplab.core.trace.MemorySnapshot.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot as the lessons draw it, before layout: one panel per stack frame (named locals, and
 * temporaries something points to) and one per heap or static block, as lines of text. A line may
 * carry an arrow to a heap or static block; pointers to the stack and between heap blocks are
 * written as text (`&x`, `─> #3`) so the picture stays readable.
 */
public record Diagram(List<Panel> stack, List<Panel> heap, List<Panel> statics) {
    /** One box: a frame ({@code id} is its depth) or a block ({@code id} is its allocation number). */
    public record Panel(Region region, int id, String title, List<Line> lines) {}

    /** A line of a box; {@code target} is the block an arrow goes to (-1: none) in {@code targetRegion}. */
    public record Line(String text, Region targetRegion, int target) {
        static Line plain(String text) { return new Line(text, null, -1); }
    }

    /** Words in the reader's language. */
    record Words(boolean french) {
        String uninit() { return french ? "(non initialisé)" : "(uninit)"; }
        String moved() { return french ? "(déplacé)" : "(moved)"; }
        String dangling() { return french ? "pendant" : "dangling"; }
        String temp() { return french ? "(temporaire)" : "(temp)"; }
        String unused(long n) { return french ? "+" + n + " non utilisés" : "+" + n + " unused"; }
        String more(long n) { return french ? "… " + n + " de plus" : "… " + n + " more"; }
    }

    public static Diagram of(MemorySnapshot s, boolean french) {
        return new Builder(s, new Words(french)).build();
    }

    private static final class Builder {
        final MemorySnapshot s;
        final Words w;
        final Map<Integer, Slot> slots = new HashMap<>();
        final Set<Integer> pointedSlots = new HashSet<>();

        Builder(MemorySnapshot s, Words w) {
            this.s = s;
            this.w = w;
            for (MemorySnapshot.Frame f : s.frames()) for (Slot x : f.slots()) slots.put(x.id(), x);
            // temporaries are shown when a variable or a heap block points to them (`let r = &String::new();`)
            for (MemorySnapshot.Frame f : s.frames()) for (Slot x : f.slots()) if (x.name() != null) collectStackTargets(x.value());
            for (Block b : s.heap()) collectStackTargets(b.contents());
        }

        void collectStackTargets(Val v) {
            switch (v) {
                case Val.Pointer p -> { if (p.region() == Region.STACK) pointedSlots.add(p.target()); }
                case Val.Struct st -> { for (Field f : st.fields()) collectStackTargets(f.value()); }
                case Val.Seq q -> { for (Val e : q.elems()) collectStackTargets(e); }
                case Val.Uninit u -> { }
                case Val.Moved m -> { }
                case Val.Scalar sc -> { }
                case Val.Text t -> { }
                case Val.Opaque o -> { }
            }
        }

        Diagram build() {
            List<Panel> stack = new ArrayList<>(), heap = new ArrayList<>(), statics = new ArrayList<>();
            for (MemorySnapshot.Frame f : s.frames()) {
                List<Line> lines = new ArrayList<>();
                for (Slot x : f.slots()) {
                    if (x.name() == null && !pointedSlots.contains(x.id())) continue;
                    value(lines, "", (x.name() == null ? w.temp() : x.name()) + ": ", x.value(), Region.STACK);
                }
                stack.add(new Panel(Region.STACK, f.depth(), f.fn(), lines));
            }
            for (Block b : s.heap()) heap.add(new Panel(Region.HEAP, b.id(), "#" + b.id() + " " + b.ty() + " " + b.size() + " B",
                    blockLines(b.contents())));
            for (Block b : s.statics()) statics.add(new Panel(Region.STATIC, b.id(), b.ty() + " " + b.size() + " B",
                    blockLines(b.contents())));
            return new Diagram(stack, heap, statics);
        }

        private List<Line> blockLines(Val v) {
            List<Line> lines = new ArrayList<>();
            switch (v) {
                case Val.Text t -> {
                    lines.add(Line.plain(quote(t.text().codePointCount(0, t.text().length()) > 40
                            ? t.text().substring(0, t.text().offsetByCodePoints(0, 39)) + "…" : t.text())));
                    if (t.capacity() > t.len()) lines.add(Line.plain(w.unused(t.capacity() - t.len())));
                }
                case Val.Seq q when !inline(q).isEmpty() -> lines.add(Line.plain(inline(q)));
                case Val.Seq q -> {
                    for (int i = 0; i < q.elems().size(); i++) value(lines, "", "[" + i + "] ", q.elems().get(i), Region.HEAP);
                    if (q.more() > 0) lines.add(Line.plain(w.more(q.more())));
                    long spare = q.capacity() - q.elems().size() - q.more();
                    if (spare > 0) lines.add(Line.plain(w.unused(spare)));
                }
                case Val.Struct st when st.name().equals("RcBox") && st.fields().size() == 3 -> {
                    lines.add(Line.plain("strong: " + scalar(st.fields().get(0).value()) + "  weak: " + scalar(st.fields().get(1).value())));
                    value(lines, "", "", st.fields().get(2).value(), Region.HEAP);
                }
                default -> value(lines, "", "", v, Region.HEAP);
            }
            return lines;
        }

        /** Appends the lines of {@code v} labelled {@code label} (e.g. `s: `), indented by {@code indent}. */
        private void value(List<Line> out, String indent, String label, Val v, Region from) {
            String head = indent + label;
            switch (v) {
                case Val.Scalar sc -> out.add(Line.plain(head + sc.text()));
                case Val.Uninit u -> out.add(Line.plain(head + w.uninit()));
                case Val.Moved m -> out.add(Line.plain(head + w.moved()));
                case Val.Opaque o -> out.add(Line.plain(head + "<" + o.what() + ">"));
                case Val.Text t -> out.add(Line.plain(head + quote(t.text())));
                case Val.Pointer p -> {
                    out.add(pointerLine(head, p, from));
                    if (p.len() >= 0 && p.region() != Region.STACK) out.add(Line.plain(indent + pad(label) + "len: " + p.len()));
                }
                case Val.Struct st when isBuffer(st) -> {
                    out.add(pointerLine(head, (Val.Pointer) st.fields().get(0).value(), from));
                    out.add(Line.plain(indent + pad(label) + "len: " + scalar(st.fields().get(1).value())));
                    out.add(Line.plain(indent + pad(label) + "cap: " + scalar(st.fields().get(2).value())));
                }
                case Val.Struct st -> {
                    String in = inline(st);
                    if (!in.isEmpty()) {
                        out.add(Line.plain(head + in));
                        return;
                    }
                    out.add(Line.plain(head + (st.name().isEmpty() ? "(" : st.name() + " {")));
                    for (Field f : st.fields()) value(out, indent + pad(label) + "  ", f.name() + ": ", f.value(), from);
                    out.add(Line.plain(indent + pad(label) + (st.name().isEmpty() ? ")" : "}")));
                }
                case Val.Seq q -> {
                    String in = inline(q);
                    if (!in.isEmpty()) {
                        out.add(Line.plain(head + in));
                        return;
                    }
                    out.add(Line.plain(head + "["));
                    for (int i = 0; i < q.elems().size(); i++) value(out, indent + pad(label) + "  ", "[" + i + "] ", q.elems().get(i), from);
                    if (q.more() > 0) out.add(Line.plain(indent + pad(label) + "  " + w.more(q.more())));
                    out.add(Line.plain(indent + pad(label) + "]"));
                }
            }
        }

        private Line pointerLine(String head, Val.Pointer p, Region from) {
            if (p.target() < 0) return Line.plain(head + p.kind() + " " + w.dangling());
            if (p.region() == Region.STACK) return Line.plain(head + (p.kind().equals("ptr") || p.kind().equals("&") ? "&" : p.kind().equals("&mut") ? "&mut " : p.kind() + " &") + slotName(p));
            if (from == Region.HEAP) return Line.plain(head + p.kind() + " ─> #" + p.target());
            return new Line(head + p.kind(), p.region(), p.target());
        }

        private String slotName(Val.Pointer p) {
            Slot x = slots.get(p.target());
            StringBuilder sb = new StringBuilder(x == null ? "?" : x.name() == null ? w.temp() : x.name());
            Val v = x == null ? null : x.value();
            for (int i : p.path()) {
                if (v instanceof Val.Struct st && i < st.fields().size()) {
                    sb.append('.').append(st.fields().get(i).name());
                    v = st.fields().get(i).value();
                } else {
                    sb.append('[').append(i).append(']');
                    v = v instanceof Val.Seq q && i < q.elems().size() ? q.elems().get(i) : null;
                }
            }
            return sb.toString();
        }

        private static boolean isBuffer(Val.Struct st) {
            return (st.name().equals("String") || st.name().equals("Vec")) && st.fields().size() == 3
                    && st.fields().get(0).value() instanceof Val.Pointer;
        }

        /** A one-line form for values made of scalars only (short enough), else "". */
        private String inline(Val v) {
            String s = inlineOrNull(v);
            return s == null || s.length() > 48 ? "" : s;
        }

        private String inlineOrNull(Val v) {
            return switch (v) {
                case Val.Scalar sc -> sc.text();
                case Val.Uninit u -> "_";
                case Val.Moved m -> w.moved();
                case Val.Text t -> quote(t.text());
                case Val.Opaque o -> "<" + o.what() + ">";
                case Val.Pointer p -> null;
                case Val.Struct st -> {
                    StringBuilder sb = new StringBuilder(st.name().isEmpty() ? "(" : st.fields().isEmpty() ? st.name() : st.name() + " { ");
                    for (int i = 0; i < st.fields().size(); i++) {
                        String f = inlineOrNull(st.fields().get(i).value());
                        if (f == null) yield null;
                        if (i > 0) sb.append(", ");
                        if (!st.name().isEmpty() && !Character.isDigit(st.fields().get(i).name().charAt(0))) sb.append(st.fields().get(i).name()).append(": ");
                        sb.append(f);
                    }
                    if (st.name().isEmpty()) yield sb.append(")").toString();
                    yield st.fields().isEmpty() ? sb.toString() : sb.append(" }").toString();
                }
                case Val.Seq q -> {
                    StringBuilder sb = new StringBuilder("[");
                    for (int i = 0; i < q.elems().size(); i++) {
                        String e = inlineOrNull(q.elems().get(i));
                        if (e == null) yield null;
                        sb.append(i == 0 ? "" : ", ").append(e);
                    }
                    if (q.more() > 0) sb.append(", ").append(w.more(q.more()));
                    long spare = q.capacity() - q.elems().size() - q.more();
                    for (long i = 0; i < Math.min(spare, 8); i++) sb.append(sb.length() == 1 ? "" : ", ").append('_');
                    if (spare > 8) sb.append(", ").append(w.unused(spare - 8));
                    yield sb.append(']').toString();
                }
            };
        }

        private static String scalar(Val v) { return v instanceof Val.Scalar s ? s.text() : "?"; }

        private static String pad(String label) { return " ".repeat(Math.min(label.length(), 2)); }

        static String quote(String text) { return quoteText(text); }
    }

    /** A Rust-style string literal for text shown in a diagram. */
    static String quoteText(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.appendCodePoint(c < 0x20 ? '?' : c);
            }
        });
        return sb.append('"').toString();
    }
}
