package dev.heaplab.cli;

/** Languages of heaplab's own messages and explanations. */
enum Lang {
    en, fr;

    /** The English or French text of a message of the command line itself. */
    String t(String english, String french) { return this == fr ? french : english; }
}
