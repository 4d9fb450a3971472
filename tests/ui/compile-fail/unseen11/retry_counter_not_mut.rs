//@ compile-fail
// A retry counter declared without mut is incremented in a loop.
fn attempt(n: u32) -> bool {
    n >= 3
}

fn main() {
    let tries = 0;
    loop {
        if attempt(tries) {
            break;
        }
        tries += 1; //~ ERROR E0384
    }
    println!("succeeded after {} tries", tries);
}
