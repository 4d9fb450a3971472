package dev.heaplab.doc;

/** The language of the page's UI strings and of heaplab's diagnostics (`--lang`). */
public enum Lang {
    EN("en"), FR("fr");

    private final String tag;

    Lang(String tag) { this.tag = tag; }

    /** The BCP 47 tag written in the page's `lang` attribute. */
    public String tag() { return tag; }

    /** Picks the string of this language: every UI string is written in both at its point of use. */
    public String t(String en, String fr) { return this == FR ? fr : en; }

    public boolean french() { return this == FR; }
}
