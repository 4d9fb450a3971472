//@ compile-fail
// A `const` calling `to_string`.
const NAME: usize = "abc".to_string().len(); //~ ERROR E0015
//~^ ERROR E0493
fn main() {
    println!("{NAME}");
}
