//@ compile-fail
// impl Fn() returned by a closure that mutates its state (E0594).
fn counter() -> impl Fn() -> u32 {
    let mut n = 0;
    move || { n += 1; n } //~ ERROR E0594
}
fn main() { println!("{}", counter()()); }
