//@ compile-fail
// Non-exhaustive matches on i128/u128: a missing range reaching MAX is printed open (`6_i128..`).
fn sign(x: i128) -> u8 {
    match x { //~ ERROR E0004
        0..=5 => 1,
    }
}

fn main() {
    println!("{}", sign(1));
}
