//@ compile-fail
// A closure taking two arguments coerced to Box<dyn Fn(i32) -> i32> (E0593).
fn main() {
    let f: Box<dyn Fn(i32) -> i32> = Box::new(|a, b| a + b); //~ ERROR E0593
    println!("{}", f(1));
}
