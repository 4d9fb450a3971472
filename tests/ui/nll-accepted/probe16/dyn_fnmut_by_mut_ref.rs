// A &mut dyn FnMut called through its mutable reference; a Box<dyn FnOnce> called once.
fn call(f: &mut dyn FnMut() -> i32) -> i32 { f() }
fn main() {
    let mut n = 0;
    let a = call(&mut || { n += 1; n });
    let s = String::from("x");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s);
    println!("{} {}", a, f());
}
