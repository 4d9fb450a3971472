// A `const fn` calling a function not declared `const`: E0015.
//@ compile-fail
fn helper() -> u32 {
    1
}
const fn f() -> u32 {
    helper() //~ ERROR E0015
}
fn main() {
    println!("{}", f());
}
