//@ compile-fail
// A String moved into a function inside a loop is gone on the second iteration.
fn consume(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("again");
    for _ in 0..3 {
        consume(s); //~ ERROR E0382
    }
}
