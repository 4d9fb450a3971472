//@ compile-fail
// A struct field Box<dyn Fn()> given a closure borrowing a local (E0597).
struct H { f: Box<dyn Fn()> }
fn main() {
    let h;
    {
        let n = 5;
        h = H { f: Box::new(|| println!("{}", n)) }; //~ ERROR E0597
    }
    (h.f)();
}
