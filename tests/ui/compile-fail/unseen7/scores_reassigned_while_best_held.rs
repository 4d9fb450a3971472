//@ compile-fail
// A reference to the best score is kept while the whole scores Vec is reassigned.
fn main() {
    let mut scores = vec![88, 92, 75];
    let best = scores.iter().max().unwrap();
    scores = vec![0; 3]; //~ ERROR E0506
    println!("best was {}, now {:?}", best, scores);
}
