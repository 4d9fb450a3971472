//@ compile-fail
// `dyn FnOnce` is not upcast to `dyn Fn`: Fn is the subtrait
fn main() {
    let s = String::from("once");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s);
    let g: Box<dyn Fn() -> String> = f; //~ ERROR E0308
    println!("{}", g());
}
