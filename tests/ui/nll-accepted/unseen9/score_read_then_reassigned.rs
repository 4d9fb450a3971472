// A shared reference to the score is last used before the score is reassigned.
fn main() {
    let mut score = 10;
    let view = &score;
    println!("score is {}", view);
    score = 25;
    let view = &mut score;
    *view += 5;
    println!("score is now {}", score);
}
