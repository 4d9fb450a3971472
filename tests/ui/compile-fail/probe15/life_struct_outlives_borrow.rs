//@ compile-fail
// A struct holding a borrow used after the borrowed String dies (E0597).
struct V<'a> { s: &'a str }
fn main() {
    let v;
    {
        let s = String::from("a");
        v = V { s: &s }; //~ ERROR E0597
    }
    println!("{}", v.s);
}
