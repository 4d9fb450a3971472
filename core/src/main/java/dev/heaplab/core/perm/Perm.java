package dev.heaplab.core.perm;

/** One permission: read, write, own. */
public enum Perm { R, W, O }
