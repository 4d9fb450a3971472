//@ compile-fail
// A value moved in a loop body, the loop goes around again on the continue path.
fn consume(s: String) { println!("{}", s); }
fn main() {
    let s = String::from("a");
    for i in 0..3 {
        if i == 5 {
            break;
        }
        consume(s); //~ ERROR E0382
    }
}
