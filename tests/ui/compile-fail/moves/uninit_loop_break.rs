//@ compile-fail
// A variable assigned inside a loop that may run zero times.
fn main() {
    let last: String;
    for i in 0..0 {
        last = i.to_string(); //~ ERROR E0384
    }
    println!("{}", last); //~ ERROR E0381
}
