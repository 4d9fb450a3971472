//@ compile-fail
// Moving a Vec to a new owner while a reference to one of its elements is still used.
fn main() {
    let scores = vec![10, 20, 30];
    let best = &scores[2];
    let archived = scores; //~ ERROR E0505
    println!("best {} of {}", best, archived.len());
}
