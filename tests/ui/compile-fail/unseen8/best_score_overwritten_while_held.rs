//@ compile-fail
// The best score is borrowed from the array, then that slot is reset while the borrow is printed.
fn main() {
    let mut scores = [71, 95, 88];
    let best = &scores[1];
    scores[1] = 0; //~ ERROR E0506
    println!("best {}", best);
}
