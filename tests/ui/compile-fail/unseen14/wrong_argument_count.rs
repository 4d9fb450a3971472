//@ compile-fail
// Calling a function with one argument too few (E0061)
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    let side = 4;
    println!("{}", area(side)); //~ ERROR E0061
}
