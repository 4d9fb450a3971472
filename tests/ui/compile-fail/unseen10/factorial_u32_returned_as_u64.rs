//@ compile-fail
// A factorial accumulated in a u32 is returned from a function declared to return u64.
fn factorial(n: u32) -> u64 {
    let mut acc: u32 = 1;
    for k in 2..=n {
        acc *= k;
    }
    acc //~ ERROR E0308
}

fn main() {
    println!("{}", factorial(10));
}
