package dev.heaplab.core.syntax;

/** The kind of a lexical token; punctuation kinds carry their spelling. */
public enum TokenKind {
    IDENT(null), LIFETIME(null), INT(null), FLOAT(null), CHAR(null), STR(null), BYTE(null), BYTE_STR(null),
    EOF(null),
    SEMI(";"), COMMA(","), DOT("."), DOTDOT(".."), DOTDOTDOT("..."), DOTDOTEQ("..="),
    COLON(":"), PATHSEP("::"), RARROW("->"), FATARROW("=>"), POUND("#"), DOLLAR("$"),
    QUESTION("?"), AT("@"), TILDE("~"),
    OPEN_PAREN("("), CLOSE_PAREN(")"), OPEN_BRACKET("["), CLOSE_BRACKET("]"), OPEN_BRACE("{"), CLOSE_BRACE("}"),
    EQ("="), EQEQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), NOT("!"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), CARET("^"), AND("&"), OR("|"),
    ANDAND("&&"), OROR("||"), SHL("<<"), SHR(">>"),
    PLUSEQ("+="), MINUSEQ("-="), STAREQ("*="), SLASHEQ("/="), PERCENTEQ("%="), CARETEQ("^="),
    ANDEQ("&="), OREQ("|="), SHLEQ("<<="), SHREQ(">>=");

    private final String symbol;

    TokenKind(String symbol) { this.symbol = symbol; }

    /** The spelling of a punctuation token, or null for identifiers, literals and EOF. */
    public String symbol() { return symbol; }

    public boolean isLiteral() { return ordinal() >= INT.ordinal() && ordinal() <= BYTE_STR.ordinal(); }

    public boolean isOpenDelim() { return this == OPEN_PAREN || this == OPEN_BRACKET || this == OPEN_BRACE; }

    public boolean isCloseDelim() { return this == CLOSE_PAREN || this == CLOSE_BRACKET || this == CLOSE_BRACE; }
}
