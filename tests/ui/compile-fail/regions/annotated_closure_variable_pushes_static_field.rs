//@ compile-fail
// The same through a push of a struct literal into a captured vector.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn main() {
    let mut v = Vec::new();
    let mut f = |w: &str| v.push(Tok { w }); //~ ERROR lifetime may not live long enough
    f("a");
    println!("{:?}", v);
}
