//@ compile-fail
// impl Trait returned from match arms of two different types (E0308).
fn items(n: u32) -> impl Iterator<Item = u32> {
    match n {
        0 => vec![1, 2].into_iter(),
        _ => std::iter::once(n), //~ ERROR E0308
    }
}
fn main() { println!("{}", items(0).count()); }
