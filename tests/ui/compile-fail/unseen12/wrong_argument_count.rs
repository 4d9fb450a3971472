//@ compile-fail
// A function taking width and height is called with a single argument.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", area(5)); //~ ERROR E0061
}
