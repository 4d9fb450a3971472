package dev.heaplab.core.perm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.French;

/** The permissions view as JSON (schema in docs/permissions.md, version 1); reasons carry their words too. */
public final class PermissionJson {
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PermissionJson() {}

    public static String render(PermissionTable table, boolean french) {
        try {
            return MAPPER.writeValueAsString(tree(table, french)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(PermissionTable table, boolean french) {
        PermissionText words = new PermissionText(french);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("file", table.file());
        ArrayNode fns = root.putArray("functions");
        for (PermissionTable.Function f : table.functions()) {
            ObjectNode fn = fns.addObject();
            fn.put("name", f.name());
            fn.put("first_line", f.firstLine());
            fn.put("last_line", f.lastLine());
            ArrayNode rows = fn.putArray("rows");
            for (PermissionTable.Row r : f.rows()) {
                ObjectNode row = rows.addObject();
                row.put("line", r.line());
                row.put("code", r.code());
                ArrayNode changes = row.putArray("changes");
                for (PermissionTable.Change c : r.changes()) {
                    ObjectNode ch = changes.addObject();
                    ch.put("place", c.place());
                    if (c.before() == null) ch.putNull("before");
                    else ch.put("before", c.before().perms().text());
                    ch.put("after", c.after().perms().text());
                    missing(ch.putArray("missing"), c.after(), words);
                }
                ArrayNode vs = row.putArray("violations");
                for (PermissionTable.Violation v : r.violations()) {
                    ObjectNode vn = vs.addObject();
                    vn.put("place", v.place());
                    vn.put("access", v.access().name().toLowerCase(java.util.Locale.ROOT));
                    vn.put("needed", v.needed().text());
                    vn.put("had", v.had().perms().text());
                    missing(vn.putArray("missing"), v.had(), words);
                    vn.put("text", words.violation(v));
                }
                ArrayNode rs = row.putArray("reserved");
                for (String place : r.reserved()) rs.add(place);
                ArrayNode es = row.putArray("errors");
                for (Diagnostic d : r.errors()) {
                    ObjectNode en = es.addObject();
                    if (d.code() == null) en.putNull("code");
                    else en.put("code", d.code());
                    en.put("message", (french ? French.translate(d) : d).message());
                }
            }
        }
        ArrayNode loans = root.putArray("loans");
        for (PermissionTable.LoanFact l : table.loans()) {
            ObjectNode ln = loans.addObject();
            ln.put("line", l.line());
            ln.put("place", l.place());
            ln.put("mutable", l.mutable());
            ln.put("last_use_line", l.lastUseLine());
        }
        return root;
    }

    private static void missing(ArrayNode out, PlaceState s, PermissionText words) {
        for (Perm p : Perm.values()) {
            Reason r = s.why(p);
            if (r == null || s.perms().has(p)) continue;
            ObjectNode m = out.addObject();
            m.put("perm", p.name());
            switch (r) {
                case Reason.Moved mv -> { m.put("reason", "moved"); m.put("line", mv.line()); m.put("maybe", mv.maybe()); }
                case Reason.Borrowed b -> {
                    m.put("reason", "borrowed");
                    m.put("mutable", b.mutable());
                    m.put("loan_line", b.loanLine());
                    m.put("last_use_line", b.lastUse());
                }
                case Reason.NotMut n -> m.put("reason", "not_mut");
                case Reason.NotInit n -> m.put("reason", "not_initialised");
                case Reason.BehindShared b -> m.put("reason", "behind_shared_reference");
                case Reason.NotOwner o -> m.put("reason", "reference_not_owner");
                case Reason.InDropType d -> m.put("reason", "field_of_drop_type");
                case Reason.Element e -> m.put("reason", "indexed_element");
            }
            m.put("text", words.reason(r));
        }
    }
}
