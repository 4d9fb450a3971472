//@ compile-fail
// `m.get_mut` on `&HashMap`.
use std::collections::HashMap;
fn bump(m: &HashMap<u8, i32>) {
    if let Some(v) = m.get_mut(&1) { //~ ERROR E0596
        *v += 1;
    }
}
fn main() {
    bump(&HashMap::new());
}
