//@ compile-fail
// A Box moved inside a while loop body.
fn main() {
    let b = Box::new(5);
    let mut i = 0;
    while i < 3 {
        let owned = b; //~ ERROR E0382
        println!("{}", owned);
        i += 1;
    }
}
