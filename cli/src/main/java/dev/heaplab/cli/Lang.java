package dev.heaplab.cli;

/** Languages of heaplab's own messages and explanations. */
enum Lang { en, fr }
