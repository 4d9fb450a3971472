//@ compile-fail
// A public function inside a private nested module (E0603).
mod outer {
    mod inner { pub fn f() -> u32 { 1 } }
}
fn main() {
    println!("{}", outer::inner::f()); //~ ERROR E0603
}
