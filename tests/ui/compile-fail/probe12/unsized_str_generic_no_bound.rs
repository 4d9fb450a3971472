//@ compile-fail
// `fn len_of<T>(x: &T)` given a `&str`: type parameters are `Sized` by default.
fn len_of<T>(x: &T) -> usize {
    std::mem::size_of_val(x)
}
fn main() {
    let s = String::from("abc");
    println!("{}", len_of(s.as_str())); //~ ERROR E0277
}
