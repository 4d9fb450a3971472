//@ compile-fail
// An assignment inside a loop that might run zero times does not initialise the variable.
fn main() {
    let mut last: String;
    for i in 0..0 {
        last = format!("{}", i);
    }
    println!("{}", last); //~ ERROR E0381
}
