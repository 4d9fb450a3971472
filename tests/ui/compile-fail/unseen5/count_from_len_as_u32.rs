//@ compile-fail
// `len()` returns usize; a u32 annotation does not convert it.
fn main() {
    let guests = vec!["a", "b", "c"];
    let count: u32 = guests.len(); //~ ERROR E0308
    println!("{}", count);
}
