//@ compile-fail
// `impl Trait + 'static` returning an iterator over a borrowed slice (lifetime error).
fn items(v: &[u32]) -> impl Iterator<Item = &u32> + 'static {
    v.iter() //~ ERROR lifetime may not live long enough
}
fn main() { println!("{}", items(&[1]).count()); }
