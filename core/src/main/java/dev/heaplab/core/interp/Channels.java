package dev.heaplab.core.interp;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * `std::sync::mpsc` channels with std's three flavours and their allocations (measured with a
 * counting allocator against rustc 1.95):
 * <ul>
 * <li>list (`channel()`): a 512-byte, 128-aligned counter; message blocks of 31 slots allocated at the
 *     first send and when a send fills a block's last-but-one slot, freed when a receive empties a
 *     block and when the channel is destroyed;</li>
 * <li>array (`sync_channel(n)`, n &gt; 0): a buffer of n slots, then a 640-byte, 128-aligned counter;</li>
 * <li>zero (`sync_channel(0)`): a 136-byte counter; a send waits until its message is received.</li>
 * </ul>
 * A Sender/Receiver is {@code Agg(flavour)[ptr]} pointing to the counter, whose value holds the
 * {@link Chan}. Queued messages live in the Chan (dropped with the channel when never received).
 */
final class Channels {
    private Channels() {}

    static final int ARRAY = 0, LIST = 1, ZERO = 2;
    private static final int BLOCK_CAP = 31;

    /** A channel's state: its queue, how many senders are alive, and whether the receiver is. */
    static final class Chan {
        final int flavour;
        final long bound;
        final Ty elem;
        final ArrayDeque<Value> queue = new ArrayDeque<>();
        final ArrayDeque<Allocation> blocks = new ArrayDeque<>();
        Allocation counter, buffer;
        int senders = 1;
        boolean receiver = true;
        long sent, received;

        Chan(int flavour, long bound, Ty elem) {
            this.flavour = flavour;
            this.bound = bound;
            this.elem = elem;
        }
    }

    static void register(Map<String, Builtins.Native> r) {
        r.put("mpsc::channel", c -> open(c, LIST, -1));
        r.put("mpsc::sync_channel", c -> {
            long n = c.usize(0);
            return open(c, n == 0 ? ZERO : ARRAY, n);
        });
        r.put("Sender::clone", c -> {
            Value.Agg end = c.agg(0);
            chan(end, c.span()).senders++;
            return new Value.Agg(end.variant, new Value[] {end.fields[0]});
        });
        r.put("Sender::send", Channels::send);
        r.put("Receiver::recv", c -> {
            Chan ch = chan(c.agg(0), c.span());
            c.m().sched.block(() -> !ch.queue.isEmpty() || ch.senders == 0, c.span());
            if (ch.queue.isEmpty()) return c.m().types.err(Value.unit());
            return c.m().types.ok(take(c.m(), ch, c.span()));
        });
        r.put("Receiver::try_recv", c -> {
            Chan ch = chan(c.agg(0), c.span());
            if (!ch.queue.isEmpty()) return c.m().types.ok(take(c.m(), ch, c.span()));
            return c.m().types.err(new Value.Agg(ch.senders == 0 ? 1 : 0, new Value[0]));
        });
    }

    private static Value open(Builtins.Call c, int flavour, long bound) {
        Interp m = c.m();
        Ty t = c.tyArg(0);
        Chan ch = new Chan(flavour, bound, t);
        Value root = new Value.Native(ch);
        String what = "mpsc channel<" + m.types.display(t) + ">";
        switch (flavour) {
            case LIST -> ch.counter = m.heap.alloc(512, 128, root, what, c.span());
            case ZERO -> ch.counter = m.heap.alloc(136, 8, root, what, c.span());
            default -> {
                ch.buffer = m.heap.alloc(bound * slot(m, t), Math.max(8, m.sizes.align(t)), Value.UNINIT,
                        "mpsc buffer<" + m.types.display(t) + ">", c.span());
                ch.counter = m.heap.alloc(640, 128, root, what, c.span());
            }
        }
        Value.Ptr p = Value.Ptr.thin(ch.counter, new int[0]);
        Value end = new Value.Agg(flavour, new Value[] {p});
        Value end2 = new Value.Agg(flavour, new Value[] {p});
        return Value.Agg.of(end, end2);
    }

    private static long slot(Interp m, Ty t) {
        long align = Math.max(8, m.sizes.align(t));
        return Sizes.roundUp(m.sizes.size(t) + 8, align);
    }

    static Chan chan(Value.Agg end, Span span) {
        return (Chan) ((Value.Native) Memory.get((Value.Ptr) end.fields[0], span)).state();
    }

    private static Value send(Builtins.Call c) {
        Interp m = c.m();
        Chan ch = chan(c.agg(0), c.span());
        Value msg = c.args()[1];
        if (ch.flavour == ARRAY) m.sched.block(() -> ch.queue.size() < ch.bound || !ch.receiver, c.span());
        if (!ch.receiver) return m.types.err(Value.Agg.of(msg));
        if (ch.flavour == LIST) {
            long i = ch.sent;
            if (i == 0 || i % BLOCK_CAP == BLOCK_CAP - 1) {
                long slot = slot(m, ch.elem);
                ch.blocks.add(m.heap.alloc(8 + BLOCK_CAP * slot, Math.max(8, m.sizes.align(ch.elem)), Value.UNINIT,
                        "mpsc block<" + m.types.display(ch.elem) + ">", c.span()));
            }
        }
        long index = ch.sent++;
        ch.queue.add(msg);
        if (ch.flavour == ZERO) {
            m.sched.block(() -> ch.received > index || !ch.receiver, c.span());
            if (ch.received <= index) {
                ch.queue.remove(msg);
                return m.types.err(Value.Agg.of(msg));
            }
        }
        return m.types.ok(Value.unit());
    }

    private static Value take(Interp m, Chan ch, Span span) {
        Value v = ch.queue.poll();
        long j = ch.received++;
        if (ch.flavour == LIST && j % BLOCK_CAP == BLOCK_CAP - 1 && !ch.blocks.isEmpty())
            m.heap.dealloc(ch.blocks.poll(), span);
        return v;
    }

    static void dropSender(Interp m, Value v, Span span) {
        Chan ch = chan((Value.Agg) v, span);
        ch.senders--;
        if (ch.senders == 0 && !ch.receiver) destroy(m, ch, span);
    }

    static void dropReceiver(Interp m, Value v, Span span) {
        Chan ch = chan((Value.Agg) v, span);
        ch.receiver = false;
        if (ch.flavour != ZERO) {
            while (!ch.queue.isEmpty()) {
                Value msg = ch.queue.poll();
                m.drops.drop(Value.Ptr.thin(m.temp(msg, "message"), new int[0]), msg, ch.elem, span);
            }
        }
        if (ch.senders == 0) destroy(m, ch, span);
    }

    private static void destroy(Interp m, Chan ch, Span span) {
        while (!ch.blocks.isEmpty()) m.heap.dealloc(ch.blocks.poll(), span);
        if (ch.buffer != null) m.heap.dealloc(ch.buffer, span);
        m.heap.dealloc(ch.counter, span);
    }
}
