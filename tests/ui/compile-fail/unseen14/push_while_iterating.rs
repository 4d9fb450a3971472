//@ compile-fail
// Pushing to a Vec while a for loop iterates over a shared borrow of it (E0502)
fn main() {
    let mut scores = vec![10, 20, 30];
    for s in &scores {
        if *s > 15 {
            scores.push(*s / 2); //~ ERROR E0502
        }
    }
    println!("{:?}", scores);
}
