//@ compile-fail
// `?` in a function returning () (E0277).
fn read(s: &str) {
    let n: i32 = s.parse()?; //~ ERROR E0277
    println!("{}", n);
}
fn main() { read("1"); }
