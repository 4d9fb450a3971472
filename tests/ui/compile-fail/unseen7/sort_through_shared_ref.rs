//@ compile-fail
// Sorting a Vec received as &Vec<u32>.
fn top_three(scores: &Vec<u32>) -> Vec<u32> {
    scores.sort(); //~ ERROR E0596
    scores.iter().rev().take(3).copied().collect()
}

fn main() {
    let scores = vec![40, 95, 12, 77, 63];
    println!("{:?}", top_three(&scores));
}
