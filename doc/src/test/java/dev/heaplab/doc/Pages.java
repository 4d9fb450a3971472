package dev.heaplab.doc;

import dev.heaplab.core.interp.Limits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Test helpers: run the processor in-process and parse its page as XML. */
final class Pages {
    private Pages() {}

    static final Limits TEST_LIMITS = new Limits(2_000_000L, 64L << 20, 2_000, 1L << 20, 5_000L);

    static LessonReport process(String markdown) { return process(markdown, Lang.EN); }

    static LessonReport process(String markdown, Lang lang) { return process(markdown, lang, TEST_LIMITS); }

    static LessonReport process(String markdown, Lang lang, Limits limits) {
        return LessonDoc.process("lesson.md", markdown, new LessonDoc.Options(lang, limits, new HeapStatsFigures()),
                LessonDoc.Progress.NONE);
    }

    /** Parses the page with the JDK's XML parser: throws when it is not well-formed. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
