//@ compile-fail
// A retry counter declared without `mut` and incremented in a loop.
fn try_connect(n: u32) -> bool {
    n >= 3
}

fn main() {
    let attempts = 0;
    while !try_connect(attempts) {
        attempts += 1; //~ ERROR E0384
    }
    println!("connected after {} attempts", attempts);
}
