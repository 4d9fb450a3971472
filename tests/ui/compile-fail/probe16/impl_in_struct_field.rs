//@ compile-fail
// impl Trait in a struct field (E0562).
struct Holder { it: impl Iterator<Item = u32> } //~ ERROR E0562
fn main() {}
