package dev.heaplab.core.memview;

import dev.heaplab.core.memview.Layout.Arrow;
import dev.heaplab.core.memview.Layout.Box;
import dev.heaplab.core.trace.MemorySnapshot;
import java.util.List;

/**
 * Draws memory snapshots as SVG, on the same layout as the text diagrams: boxes for frames and
 * blocks, arrows with heads from pointers to the blocks they point to. Standalone (no script, no
 * external font or style), so a diagram can be saved as a file or inlined in an HTML page.
 */
public final class TraceSvg {
    static final int CW = 9, LH = 18, PAD = 8;
    private static final String FONT = "font-family=\"DejaVu Sans Mono,Menlo,Consolas,monospace\" font-size=\"14\"";

    private TraceSvg() {}

    /** One diagram as a standalone `<svg>` element, with an optional caption above it. */
    public static String diagram(MemorySnapshot s, String caption, boolean french) {
        Layout l = Layout.of(Diagram.of(s, french));
        int top = caption == null ? 0 : LH + 4;
        StringBuilder sb = new StringBuilder();
        int w = Math.max(l.width(), caption == null ? 0 : Layout.width(caption)) * CW + 2 * PAD, h = (l.height() + 1) * LH + 2 * PAD + top;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" role=\"img\">");
        if (caption != null) sb.append("<title>").append(escape(caption)).append("</title>");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        if (caption != null) sb.append("<text x=\"").append(PAD).append("\" y=\"").append(PAD + LH - 4).append("\" ").append(FONT)
                .append(" font-weight=\"bold\">").append(escape(caption)).append("</text>");
        body(sb, l, PAD, PAD + top, french);
        return sb.append("</svg>").toString();
    }

    /** Several diagrams stacked in one standalone SVG document, each under its caption. */
    public static String document(List<MemorySnapshot> snapshots, List<String> captions, List<String> notes, boolean french) {
        StringBuilder inner = new StringBuilder();
        int y = PAD, width = 40 * CW;
        for (int i = 0; i < snapshots.size(); i++) {
            Layout l = Layout.of(Diagram.of(snapshots.get(i), french));
            inner.append("<text x=\"").append(PAD).append("\" y=\"").append(y + LH - 4).append("\" ").append(FONT)
                    .append(" font-weight=\"bold\">").append(escape(captions.get(i))).append("</text>");
            y += LH + 4;
            body(inner, l, PAD, y, french);
            y += (l.height() + 1) * LH + 2 * PAD;
            width = Math.max(width, Math.max(l.width(), Layout.width(captions.get(i))) * CW + 2 * PAD);
        }
        for (String n : notes) {
            inner.append("<text x=\"").append(PAD).append("\" y=\"").append(y + LH - 4).append("\" ").append(FONT).append('>')
                    .append(escape(n)).append("</text>");
            y += LH;
            width = Math.max(width, n.length() * CW + 2 * PAD);
        }
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(y + PAD).append("\" viewBox=\"0 0 ").append(width).append(' ').append(y + PAD).append("\">");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>").append(inner);
        return sb.append("</svg>\n").toString();
    }

    private static void body(StringBuilder sb, Layout l, int ox, int oy, boolean french) {
        sb.append("<g transform=\"translate(").append(ox).append(',').append(oy).append(")\" ").append(FONT).append('>');
        label(sb, 0, 0, french ? "PILE" : "STACK");
        label(sb, l.heapX(), 0, french ? "TAS" : "HEAP");
        if (l.staticHeaderRow() > 0) label(sb, l.heapX(), l.staticHeaderRow(), french ? "STATIQUE" : "STATIC");
        for (Box b : l.boxes()) box(sb, b);
        for (Arrow a : l.arrows()) arrow(sb, a);
        sb.append("</g>");
    }

    private static void label(StringBuilder sb, int x, int row, String text) {
        sb.append("<text x=\"").append(x * CW).append("\" y=\"").append(baseline(row)).append("\" font-weight=\"bold\" fill=\"#555555\">")
                .append(text).append("</text>");
    }

    private static void box(StringBuilder sb, Box b) {
        String fill = switch (b.panel().region()) {
            case STACK -> "#eaf2fb";
            case HEAP -> "#fdf2e3";
            case STATIC -> "#eaf6ea";
        };
        sb.append("<rect x=\"").append(b.x() * CW).append("\" y=\"").append(b.y() * LH + LH / 2).append("\" width=\"")
                .append((b.w() - 1) * CW).append("\" height=\"").append((b.h() - 1) * LH).append("\" rx=\"4\" fill=\"").append(fill)
                .append("\" stroke=\"#34495e\"/>");
        // the title sits on the top border, over a patch of background as in the text diagrams
        sb.append("<rect x=\"").append((b.x() + 2) * CW - 3).append("\" y=\"").append(b.y() * LH + 2).append("\" width=\"")
                .append(Layout.width(b.panel().title()) * CW + 6).append("\" height=\"").append(LH - 4).append("\" fill=\"#ffffff\"/>");
        sb.append("<text x=\"").append((b.x() + 2) * CW).append("\" y=\"").append(baseline(b.y())).append("\" font-weight=\"bold\">")
                .append(escape(b.panel().title())).append("</text>");
        for (int i = 0; i < b.panel().lines().size(); i++) {
            String text = b.panel().lines().get(i).text();
            if (text.isBlank()) continue;
            sb.append("<text x=\"").append((b.x() + 2) * CW).append("\" y=\"").append(baseline(b.lineRow(i)))
                    .append("\" xml:space=\"preserve\">").append(escape(text)).append("</text>");
        }
    }

    private static void arrow(StringBuilder sb, Arrow a) {
        int y1 = a.y1() * LH + LH / 2, y2 = a.y2() * LH + LH / 2;
        int x1 = a.x1() * CW, x2 = (a.x2() + 1) * CW;
        sb.append("<path d=\"M").append(x1).append(',').append(y1);
        if (a.lane() >= 0) {
            int lx = a.lane() * CW + CW / 2;
            sb.append(" H").append(lx).append(" V").append(y2);
        }
        sb.append(" H").append(x2 - 6).append("\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.5\"/>");
        // the head as a triangle (no marker: several diagrams may share one HTML page, and ids must stay unique)
        sb.append("<path d=\"M").append(x2 - 8).append(',').append(y2 - 4).append(" L").append(x2).append(',').append(y2)
                .append(" L").append(x2 - 8).append(',').append(y2 + 4).append(" z\" fill=\"#c0392b\"/>");
        sb.append("<circle cx=\"").append(x1).append("\" cy=\"").append(y1).append("\" r=\"2.5\" fill=\"#c0392b\"/>");
    }

    private static int baseline(int row) { return row * LH + LH - 5; }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
