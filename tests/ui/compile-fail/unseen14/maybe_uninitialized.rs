//@ compile-fail
// A variable initialised only in one branch of an if is read afterwards (E0381)
fn main() {
    let n = 7;
    let parity: &str;
    if n % 2 == 0 {
        parity = "even";
    }
    println!("{} is {}", n, parity); //~ ERROR E0381
}
