//@ compile-fail
// impl Trait in a fn pointer type (E0562).
fn main() {
    let f: fn(impl Copy) = |_| {}; //~ ERROR E0562
    let _ = f;
}
