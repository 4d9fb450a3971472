//@ compile-fail
// An array pattern with the wrong length (E0527).
fn main() {
    let a = [1, 2, 3];
    let [x, y] = a; //~ ERROR E0527
    println!("{} {}", x, y);
}
