// A Vec of references into the scores is used, then the scores vector grows.
fn main() {
    let mut scores = vec![55, 91, 78, 99];
    let high: Vec<&i32> = scores.iter().filter(|s| **s > 80).collect();
    println!("{} high scores: {:?}", high.len(), high);
    scores.push(85);
    scores.sort();
    println!("{:?}", scores);
}
