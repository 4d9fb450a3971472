//@ compile-fail
// Returning a slice of a vector built inside the function.
fn evens(n: u32) -> &'static [u32] {
    let v: Vec<u32> = (0..n).filter(|x| x % 2 == 0).collect();
    &v //~ ERROR E0515
}

fn main() {
    println!("{:?}", evens(5));
}
