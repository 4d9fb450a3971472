//@ compile-fail
// A local declared after the nested fn is not in scope there at all: plain E0425.
fn main() {
    fn show() -> i32 {
        later //~ ERROR E0425
    }
    let later = 5;
    println!("{} {}", show(), later);
}
