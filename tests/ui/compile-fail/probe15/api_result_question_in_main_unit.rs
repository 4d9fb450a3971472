//@ compile-fail
// `?` in a main returning () (E0277).
fn main() {
    let n: i32 = "5".parse()?; //~ ERROR E0277
    println!("{}", n);
}
