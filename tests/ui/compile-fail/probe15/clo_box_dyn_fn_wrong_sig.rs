//@ compile-fail
// A closure of the wrong signature boxed as `dyn Fn(i32) -> i32` (E0631).
fn main() {
    let f: Box<dyn Fn(i32) -> i32> = Box::new(|s: &str| s.len() as i32); //~ ERROR E0631
    println!("{}", f(1));
}
