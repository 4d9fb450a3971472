// A trait method's impl returning its other parameter where the elided lifetime is `&self`'s: rustc names both `'1`/`'2`.
//@ compile-fail
struct Shelf { label: String }
trait Pick { fn pick(&self, other: &str) -> &str; }
impl Pick for Shelf {
    fn pick(&self, other: &str) -> &str {
        other //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let s = Shelf { label: String::from("a") };
    println!("{}", s.pick("b"));
}
