//@ compile-fail
// A retry helper calls its `FnOnce` argument a second time when the first call fails.
fn retry<F: FnOnce() -> bool>(attempt: F) -> bool {
    if attempt() {
        true
    } else {
        attempt() //~ ERROR E0382
    }
}

fn main() {
    let token = String::from("abc");
    let ok = retry(move || token.len() > 5);
    println!("{}", ok);
}
