//@ compile-fail
// A move in only one arm still makes the later use an error.
fn main() {
    let s = String::from("x");
    let n = 3;
    match n {
        1 => drop(s),
        _ => {}
    }
    println!("{}", s); //~ ERROR E0382
}
