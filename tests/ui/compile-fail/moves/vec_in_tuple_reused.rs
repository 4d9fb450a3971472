//@ compile-fail
// Putting a Vec in a tuple moves it.
fn main() {
    let v = vec![1];
    let pair = (v, 2);
    let again = (v, 3); //~ ERROR E0382
    println!("{:?} {:?}", pair, again);
}
