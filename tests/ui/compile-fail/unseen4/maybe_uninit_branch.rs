//@ compile-fail
// A variable assigned in only one branch of an if, then read.
fn main() {
    let temperature = 23;
    let message: &str;
    if temperature > 20 {
        message = "warm";
    } else if temperature < 5 {
        message = "cold";
    }
    println!("{}", message); //~ ERROR E0381
}
