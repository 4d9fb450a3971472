// Moving in a loop immediately followed by `break` is fine.
fn consume(s: String) { println!("{}", s); }
fn main() {
    let s = String::from("a");
    for i in 0..3 {
        if i == 1 {
            consume(s);
            break;
        }
    }
}
