//@ compile-fail
// Two impl Trait arguments are different types: returning one as the other (E0308).
fn pick(a: impl Copy, b: impl Copy) -> impl Copy {
    let mut x = a;
    x = b; //~ ERROR E0308
    x
}
fn main() { let _ = pick(1, 2); }
