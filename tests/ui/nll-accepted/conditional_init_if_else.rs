// Deferred initialisation: every branch assigns before the use.
//@ no-stats
fn main() {
    let n = std::env::args().count();
    let x;
    if n > 100 {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
    let s: String;
    if x == 2 { s = String::from("two") } else { s = String::from("other") }
    println!("{}", s);
}
