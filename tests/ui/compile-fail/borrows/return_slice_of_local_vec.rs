//@ compile-fail
// Returning a slice of a Vec created inside the function.
fn evens(limit: u32) -> &'static [u32] {
    let v: Vec<u32> = (0..limit).filter(|n| n % 2 == 0).collect();
    &v[..] //~ ERROR E0515
}

fn main() {
    println!("{:?}", evens(10));
}
