package dev.heaplab.core.profile;

import java.util.List;

/** The profile as `heaplab run --stats` prints it on stderr, in English or French. */
public final class ProfileText {
    private ProfileText() {}

    public static String render(Profile p, boolean fr) {
        StringBuilder sb = new StringBuilder();
        Profile.Totals t = p.totals();
        sb.append(fr ? "── profil du tas (heaplab) ──\n" : "── heap profile (heaplab) ──\n");
        sb.append(fr ? "total :    " : "total:     ")
                .append(fr ? nombre(t.allocs(), "allocation") : count(t.allocs(), "allocation", "s")).append(", ")
                .append(fr ? nombre(t.reallocs(), "réallocation") : count(t.reallocs(), "reallocation", "s")).append(", ")
                .append(fr ? nombre(t.deallocs(), "libération") : count(t.deallocs(), "deallocation", "s")).append(", ")
                .append(fr ? nombre(t.bytesAllocated(), "octet") + (t.bytesAllocated() <= 1 ? " alloué" : " alloués")
                        : count(t.bytesAllocated(), "byte", "s") + " allocated").append('\n');
        Profile.Peak pk = p.peak();
        if (pk.bytes() == 0) sb.append(fr ? "pic :      0 octet\n" : "peak:      0 bytes\n");
        else sb.append(fr
                ? String.format("pic :      %d octets vivants au pas %d (ligne %d)%n", pk.bytes(), pk.step(), pk.line())
                : String.format("peak:      %d bytes live at step %d (line %d)%n", pk.bytes(), pk.step(), pk.line()));
        sb.append(fr
                ? String.format("à la fin : %d blocs (%d octets) encore vivants après %d pas%n", p.liveBlocksAtEnd(),
                        p.liveBytesAtEnd(), p.steps())
                : String.format("at end:    %d blocks (%d bytes) still live after %d steps%n", p.liveBlocksAtEnd(),
                        p.liveBytesAtEnd(), p.steps()));
        if (!p.sites().isEmpty()) {
            sb.append('\n');
            sb.append(fr ? String.format("%6s %7s %9s %8s %9s %9s %8s  %s%n", "ligne", "allocs", "réallocs", "octets",
                            "vie moy.", "vie max", "vivants", "code")
                    : String.format("%6s %7s %9s %8s %9s %9s %8s  %s%n", "line", "allocs", "reallocs", "bytes",
                            "avg life", "max life", "live", "code"));
            for (Profile.Site s : p.sites()) {
                sb.append(String.format("%6s %7d %9d %8d %9d %9d %8d  %s%n", s.line() == 0 ? "?" : String.valueOf(s.line()),
                        s.allocs(), s.reallocs(), s.bytes(), s.avgLifetime(), s.maxLifetime(), s.liveAtEnd(), s.code()));
            }
            sb.append(fr ? "(vie en pas de la machine, de l'allocation à la libération)\n"
                    : "(life in machine steps, from allocation to deallocation)\n");
        }
        List<Hint> hints = p.hints();
        if (!hints.isEmpty()) {
            sb.append('\n').append(fr ? "conseils :\n" : "hints:\n");
            for (Hint h : hints) sb.append("  ").append(fr ? "ligne " : "line ").append(h.line()).append(fr ? " : " : ": ")
                    .append(message(h, fr)).append('\n');
        }
        return sb.toString();
    }

    /** One hint as a sentence with its figures. */
    public static String message(Hint h, boolean fr) {
        return switch (h.kind()) {
            case WITH_CAPACITY -> fr
                    ? String.format("`%s` grandit par des push dans une boucle jusqu'à %s, avec %s : "
                            + "`%s` au lieu de `%s` allouerait une seule fois (%s en moins).", h.what(),
                            nombre(h.count(), h.from().startsWith("String") ? "octet" : "élément"),
                            nombre(h.savedReallocs(), "réallocation"), h.to(), h.from(),
                            nombre(h.savedReallocs(), "réallocation"))
                    : String.format("`%s` grows by pushes in a loop to %s, with %s: "
                            + "`%s` instead of `%s` would allocate once (%s).", h.what(),
                            count(h.count(), h.from().startsWith("String") ? "byte" : "element", "s"),
                            count(h.savedReallocs(), "reallocation", "s"), h.to(), h.from(),
                            fewer(h.savedReallocs(), "reallocation"));
            case BORROW_PARAM -> fr
                    ? String.format("`%s` ne fait que lire son paramètre `String` : avec `&str`, les appelants "
                            + "n'auraient plus à allouer (%s, %s en moins).", h.what(),
                            nombre(h.count(), "appel"), nombre(h.savedAllocs(), "allocation"))
                    : String.format("`%s` only reads its `String` parameter: with `&str`, the callers would not have "
                            + "to allocate (%s, %s).", h.what(), count(h.count(), "call", "s"),
                            fewer(h.savedAllocs(), "allocation"));
            case REUSE_BUFFER -> fr
                    ? String.format("un `%s` neuf est alloué à chacun des %d tours de boucle : déclarez `%s` une fois avant "
                            + "la boucle et écrivez `%s` ici (%s en moins%s).", h.from(), h.count(), h.what(), h.to(),
                            nombre(h.savedAllocs(), "allocation"),
                            h.savedReallocs() > 0 ? ", " + nombre(h.savedReallocs(), "réallocation") + " en moins" : "")
                    : String.format("a fresh `%s` is allocated in each of %d loop iterations: declare `%s` once before "
                            + "the loop and write `%s` here (%s%s).", h.from(), h.count(), h.what(), h.to(),
                            fewer(h.savedAllocs(), "allocation"),
                            h.savedReallocs() > 0 ? ", " + fewer(h.savedReallocs(), "reallocation") : "");
        };
    }

    /** `1 fewer allocation`, `3 fewer allocations`. */
    private static String fewer(long n, String word) { return n + " fewer " + word + (n == 1 ? "" : "s"); }

    /** French: `0 appel`, `1 appel`, `3 appels` (0 and 1 take the singular). */
    private static String nombre(long n, String mot) { return n + " " + mot + (n <= 1 ? "" : "s"); }

    /** `1 call`, `3 calls`. */
    private static String count(long n, String word, String plural) { return n + " " + word + (n == 1 ? "" : plural); }
}
