package dev.heaplab.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A lesson parsed by commonmark-java (CommonMark + GFM tables), with its code blocks in document
 * order, each knowing its Markdown line. Blocks nested in lists and block quotes are included.
 */
public record Lesson(Node document, String title, List<CodeBlock> blocks, Map<Node, CodeBlock> byNode) {
    static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    public static Lesson parse(String markdown) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node doc = parser.parse(markdown);
        List<CodeBlock> blocks = new ArrayList<>();
        Map<Node, CodeBlock> byNode = new IdentityHashMap<>();
        StringBuilder title = new StringBuilder();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(FencedCodeBlock node) {
                int line = startLine(node);
                add(node, new CodeBlock(blocks.size() + 1, line, line + 1, true, InfoString.parse(node.getInfo()),
                        lines(node.getLiteral())));
            }

            @Override public void visit(IndentedCodeBlock node) {
                int line = startLine(node);
                // rustdoc treats indented blocks as Rust with no attributes.
                add(node, new CodeBlock(blocks.size() + 1, line, line, false, InfoString.parse(""), lines(node.getLiteral())));
            }

            @Override public void visit(Heading node) {
                if (title.isEmpty()) title.append(textOf(node));
                visitChildren(node);
            }

            private void add(Node node, CodeBlock block) {
                blocks.add(block);
                byNode.put(node, block);
            }
        });
        return new Lesson(doc, title.toString().strip(), List.copyOf(blocks), byNode);
    }

    private static int startLine(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    static List<String> lines(String literal) {
        if (literal == null || literal.isEmpty()) return List.of();
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return Arrays.stream(body.split("\n", -1)).map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l).toList();
    }

    static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text text) { sb.append(text.getLiteral()); }

            @Override public void visit(Code code) { sb.append(code.getLiteral()); }
        });
        return sb.toString();
    }
}
