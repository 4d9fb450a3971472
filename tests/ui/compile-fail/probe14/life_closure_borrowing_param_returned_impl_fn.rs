//@ compile-fail
// `-> impl Fn() -> usize` without capturing the lifetime (uses `use<>`).
fn make(s: &String) -> impl Fn() -> usize + use<> {
    move || s.len() //~ ERROR E0700
}
fn main() {
    println!("{}", make(&"a".to_string())());
}
