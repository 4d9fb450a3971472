// `&(1 + 2)`, `&None` and `&[1, 2, 3]` are promoted to `'static`.
fn sum() -> &'static u32 {
    &(1 + 2)
}
fn nothing() -> &'static Option<u32> {
    &None
}
fn list() -> &'static [u32] {
    &[1, 2, 3]
}
fn main() {
    println!("{} {:?} {:?}", sum(), nothing(), list());
}
