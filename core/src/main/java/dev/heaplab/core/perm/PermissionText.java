package dev.heaplab.core.perm;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.French;
import dev.heaplab.core.perm.PermissionTable.Change;
import dev.heaplab.core.perm.PermissionTable.Row;
import dev.heaplab.core.perm.PermissionTable.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link PermissionTable} as aligned text, one block per function, in English or French:
 * <pre>
 *  3 | let r = &amp;v;      v: RWO → R--  borrowed (shared) by the loan at line 3, used until line 4
 *    |                  r: R-O
 * </pre>
 * A place that comes into scope shows its permissions alone; a change shows before → after and why.
 */
public final class PermissionText {
    private static final int MAX_CODE = 34;
    private final boolean french;

    public PermissionText(boolean french) { this.french = french; }

    private String t(String en, String fr) { return french ? fr : en; }

    public String render(PermissionTable table) {
        StringBuilder sb = new StringBuilder();
        sb.append(t("Permissions after each line: R read, W write, O own (move or drop); - missing.",
                "Permissions après chaque ligne : R lire, W écrire, O posséder (déplacer ou libérer) ; - absente.")).append('\n');
        for (PermissionTable.Function f : table.functions()) {
            if (f.rows().isEmpty()) continue;
            sb.append('\n').append("fn ").append(f.name()).append("  (").append(table.file()).append(':')
                    .append(f.firstLine()).append('-').append(f.lastLine()).append(")\n");
            int numWidth = 1, codeWidth = 0, nameWidth = 0;
            for (Row r : f.rows()) {
                numWidth = Math.max(numWidth, Integer.toString(r.line()).length());
                codeWidth = Math.max(codeWidth, code(r.code()).length());
                for (Change c : r.changes()) nameWidth = Math.max(nameWidth, c.place().length());
            }
            codeWidth = Math.min(codeWidth, MAX_CODE);
            for (Row r : f.rows()) row(sb, r, numWidth, codeWidth, nameWidth);
        }
        return sb.toString();
    }

    private static String code(String line) {
        String s = line.strip();
        return s.length() > MAX_CODE ? s.substring(0, MAX_CODE - 1) + "…" : s;
    }

    private void row(StringBuilder sb, Row r, int numWidth, int codeWidth, int nameWidth) {
        String gutter = " ".repeat(numWidth) + " | ";
        String first = pad(Integer.toString(r.line()), numWidth, true) + " | " + pad(code(r.code()), codeWidth, false) + "  ";
        String cont = gutter + " ".repeat(codeWidth) + "  ";
        List<String> lines = new ArrayList<>();
        for (Change c : r.changes()) lines.add(pad(c.place(), nameWidth, true) + ": " + change(c));
        if (lines.isEmpty()) lines.add("");
        for (int i = 0; i < lines.size(); i++) sb.append(i == 0 ? first : cont).append(lines.get(i)).append('\n');
        trimTrailing(sb);
        for (String place : r.reserved()) sb.append(gutter).append("· ").append(reserved(place)).append('\n');
        for (Violation v : r.violations()) sb.append(gutter).append("✗ ").append(violation(v)).append('\n');
        for (Diagnostic d : r.errors()) {
            Diagnostic shown = french ? French.translate(d) : d;
            sb.append(gutter).append("✗ error").append(d.code() == null ? "" : "[" + d.code() + "]").append(": ").append(shown.message()).append('\n');
        }
    }

    private static void trimTrailing(StringBuilder sb) {
        // Lines end without trailing spaces (goldens and terminals alike).
        String s = sb.toString().replaceAll("[ \t]+\n", "\n");
        sb.setLength(0);
        sb.append(s);
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) return s;
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    private String change(Change c) {
        if (c.isNew()) {
            String why = lost(c.after(), Perms.ALL);
            return c.after().perms().text() + (why.isEmpty() ? "" : "  " + why);
        }
        Perms before = c.before().perms(), after = c.after().perms();
        List<String> whys = new ArrayList<>();
        // Same letters, other reasons (a second loan, a move on some paths only): say the new reasons.
        String lostWhy = lost(c.after(), before.equals(after) ? Perms.ALL.minus(after) : before.minus(after));
        if (!lostWhy.isEmpty()) whys.add(lostWhy);
        String gainWhy = gained(c.before(), after.minus(before));
        if (!gainWhy.isEmpty()) whys.add(gainWhy);
        return before.text() + " → " + after.text() + (whys.isEmpty() ? "" : "  " + String.join("; ", whys));
    }

    /** The reasons for the permissions of {@code lost} that the state lacks, without repeats; static ones only for new places. */
    private String lost(PlaceState s, Perms lost) {
        Set<String> out = new LinkedHashSet<>();
        for (Perm p : Perm.values()) {
            if (!lost.has(p) || s.perms().has(p)) continue;
            Reason r = s.why(p);
            if (r == null) continue;
            // A new place's static limits (not `mut`, behind a reference) are visible from its letters.
            if (lost == Perms.ALL && (r instanceof Reason.NotMut || r instanceof Reason.NotOwner || r instanceof Reason.BehindShared
                    || r instanceof Reason.InDropType || r instanceof Reason.Element)) continue;
            out.add(reason(r));
        }
        return String.join("; ", out);
    }

    private String gained(PlaceState before, Perms gained) {
        Set<String> out = new LinkedHashSet<>();
        for (Perm p : Perm.values()) {
            if (!gained.has(p)) continue;
            Reason r = before.why(p);
            if (r == null) continue;
            switch (r) {
                case Reason.Borrowed b -> out.add(t("the loan at line " + b.loanLine() + " is no longer used",
                        "le prêt de la ligne " + b.loanLine() + " n'est plus utilisé"));
                case Reason.Moved m -> out.add(t("assigned again", "réaffecté"));
                case Reason.NotInit n -> out.add(t("initialised", "initialisé"));
                case Reason.NotMut n -> { }
                case Reason.BehindShared b -> { }
                case Reason.NotOwner o -> { }
                case Reason.InDropType d -> { }
                case Reason.Element e -> { }
            }
        }
        return String.join("; ", out);
    }

    /** The note for a two-phase borrow read before its activation. */
    public String reserved(String place) {
        return t("`" + place + "` is only reserved by a two-phase `&mut` here: it stays readable (R) until the call activates the borrow",
                "`" + place + "` n'est que réservé par un `&mut` en deux phases ici : il reste lisible (R) jusqu'à ce que l'appel active l'emprunt");
    }

    /** One reason in words. */
    public String reason(Reason r) {
        return switch (r) {
            case Reason.Moved m -> m.line() == 0 ? t("moved", "déplacé")
                    : m.maybe() ? t("moved at line " + m.line() + " on some paths", "déplacé à la ligne " + m.line() + " sur certains chemins")
                    : t("moved at line " + m.line(), "déplacé à la ligne " + m.line());
            case Reason.Borrowed b -> (b.mutable() ? t("borrowed mutably", "emprunté mutablement") : t("borrowed (shared)", "emprunté (partagé)"))
                    + t(" by the loan at line " + b.loanLine(), " par le prêt de la ligne " + b.loanLine())
                    + (b.lastUse() == b.loanLine() ? t(", used on that line only", ", utilisé sur cette ligne seulement")
                            : t(", used until line " + b.lastUse(), ", utilisé jusqu'à la ligne " + b.lastUse()));
            case Reason.NotMut n -> t("not declared `mut`", "non déclaré `mut`");
            case Reason.NotInit n -> t("not initialised", "non initialisé");
            case Reason.BehindShared b -> t("behind a `&` reference", "derrière une référence `&`");
            case Reason.NotOwner o -> t("a reference does not own its data", "une référence ne possède pas ses données");
            case Reason.InDropType d -> t("part of a value whose type implements `Drop`", "partie d'une valeur dont le type implémente `Drop`");
            case Reason.Element e -> t("an element chosen by index", "un élément choisi par indice");
        };
    }

    private String access(PermissionTable.Access a) {
        return switch (a) {
            case READ -> t("reading", "lire");
            case WRITE -> t("writing", "écrire");
            case MOVE -> t("moving", "déplacer");
            case BORROW -> t("borrowing", "emprunter");
            case BORROW_MUT -> t("borrowing mutably", "emprunter mutablement");
            case DROP -> t("dropping", "libérer");
        };
    }

    private static String letters(Perms p) { return p.text().replace("-", ""); }

    /** "writing `v` needs W but it has only R--: borrowed (shared) by the loan at line 3, used until line 5". */
    public String violation(Violation v) {
        Perms missing = v.needed().minus(v.had().perms());
        Set<String> whys = new LinkedHashSet<>();
        for (Perm p : Perm.values()) if (missing.has(p) && v.had().why(p) != null) whys.add(reason(v.had().why(p)));
        String has = v.had().perms().equals(Perms.NONE) ? t("but it has none", "mais il n'en a aucune")
                : t("but it has only ", "mais il n'a que ") + v.had().perms().text();
        return access(v.access()) + " `" + v.place() + "` " + t("needs ", "demande ") + letters(v.needed()) + " " + has
                + (whys.isEmpty() ? "" : (french ? " : " : ": ") + String.join("; ", whys));
    }
}
