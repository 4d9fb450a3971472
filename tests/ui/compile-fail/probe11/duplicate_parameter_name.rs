// Two parameters of one function with the same name: E0415.
//@ compile-fail
fn f(a: u32, a: u32) -> u32 { //~ ERROR E0415
    a
}
fn main() {
    println!("{}", f(1, 2));
}
