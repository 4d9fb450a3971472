//@ compile-fail
// `static S: &mut u32 = &mut 0;` is E0764.
static S: &mut u32 = &mut 0; //~ ERROR E0764
fn main() {
    println!("{}", S);
}
