//@ compile-fail
// A `T: 'static` bound given a borrowed local.
fn keep<T: 'static + std::fmt::Debug>(t: T) { println!("{:?}", t); }
fn main() {
    let s = String::from("a");
    keep(&s); //~ ERROR E0597
}
