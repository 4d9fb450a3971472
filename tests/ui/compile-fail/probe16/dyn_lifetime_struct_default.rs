//@ compile-fail
// Box<dyn Trait> in a struct defaults to 'static: a borrowing closure cannot go in (E0597).
struct Holder { f: Box<dyn Fn() -> usize> }
fn main() {
    let s = String::from("abc");
    let h = Holder { f: Box::new(|| s.len()) }; //~ ERROR E0597
    println!("{}", (h.f)());
}
