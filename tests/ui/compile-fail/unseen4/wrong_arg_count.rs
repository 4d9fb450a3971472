//@ compile-fail
// Calling a two-parameter function with one argument.
fn area(width: f64, height: f64) -> f64 {
    width * height
}

fn main() {
    let a = area(4.0); //~ ERROR E0061
    println!("{}", a);
}
