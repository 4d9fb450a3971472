package dev.heaplab.core.types;

/**
 * The standard-library types heaplab models natively (their memory behaviour is implemented by the
 * machine, with the real layouts and growth policies).
 */
public enum LangItem {
    STRING("String"), VEC("Vec"), BOX("Box"), RC("Rc"), RC_WEAK("Weak"), ARC("Arc"), ARC_WEAK("Weak"),
    CELL("Cell"), REF_CELL("RefCell"), CELL_REF("Ref"), CELL_REF_MUT("RefMut"),
    HASH_MAP("HashMap"), HASH_SET("HashSet"), BTREE_MAP("BTreeMap"), BTREE_SET("BTreeSet"), VEC_DEQUE("VecDeque"), OPTION("Option"), RESULT("Result"),
    MUTEX("Mutex"), MUTEX_GUARD("MutexGuard"), JOIN_HANDLE("JoinHandle"),
    SENDER("Sender"), RECEIVER("Receiver"),
    RANGE("Range"), RANGE_INCLUSIVE("RangeInclusive"), RANGE_FROM("RangeFrom"), RANGE_TO("RangeTo"),
    RANGE_TO_INCLUSIVE("RangeToInclusive"), RANGE_FULL("RangeFull"),
    ORDERING("Ordering"), FORMATTER("Formatter"), FMT_ERROR("Error"),
    /** Iterator state objects (slice::Iter, vec::IntoIter, Chars, adapters) are one opaque lang ADT each. */
    ITER("Iter");

    private final String rustName;

    LangItem(String rustName) { this.rustName = rustName; }

    public String rustName() { return rustName; }
}
