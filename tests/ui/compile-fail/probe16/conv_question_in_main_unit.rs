//@ compile-fail
// `?` in main returning () (E0277).
fn main() {
    let n: i32 = "1".parse()?; //~ ERROR E0277
    println!("{}", n);
}
