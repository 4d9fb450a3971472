//@ compile-fail
// Two mutable references to the same scores Vec are alive at once.
fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &mut scores;
    let second = &mut scores; //~ ERROR E0499
    first.push(40);
    second.push(50);
    println!("{:?}", scores);
}
