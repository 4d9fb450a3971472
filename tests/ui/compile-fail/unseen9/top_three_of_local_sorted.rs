//@ compile-fail
// A helper sorts a copy of the scores and returns a slice of that local copy.
fn top_three(scores: &[u32]) -> &[u32] {
    let mut sorted = scores.to_vec();
    sorted.sort_by(|a, b| b.cmp(a));
    &sorted[..3] //~ ERROR E0515
}

fn main() {
    let scores = vec![40, 95, 71, 88, 60];
    println!("{:?}", top_three(&scores));
}
