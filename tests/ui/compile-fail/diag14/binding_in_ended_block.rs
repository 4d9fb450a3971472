//@ compile-fail
// A `let` inside an `if` block is used after the block: rustc points at the binding in the other scope.
fn main() {
    let scores = vec![40, 75, 90];
    if scores.len() > 2 {
        let mut best = scores[0];
        for &s in &scores {
            if s > best {
                best = s;
            }
        }
        println!("inside: {}", best);
    }
    println!("best score: {}", best); //~ ERROR E0425
}
