//@ compile-fail
// Guards do not count for exhaustiveness (E0004).
fn main() {
    let n: u32 = 3;
    match n { //~ ERROR E0004
        x if x > 5 => println!("big"),
        x if x <= 5 => println!("small"),
    }
}
