//@ compile-fail
// A `Box<dyn Iterator<Item = &'a u32> + 'a>` built from a parameter that does not live for `'a`.
fn boxed<'a>(v: &[u32]) -> Box<dyn Iterator<Item = &'a u32> + 'a> {
    Box::new(v.iter()) //~ ERROR E0621
}
fn main() {
    let v = vec![1, 2];
    println!("{}", boxed(&v).count());
}
