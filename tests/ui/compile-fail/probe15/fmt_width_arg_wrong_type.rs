//@ compile-fail
// A width taken from an argument that is not usize (E0308).
fn main() {
    let w: i32 = 5;
    println!("{:1$}", 7, w); //~ ERROR E0308
}
