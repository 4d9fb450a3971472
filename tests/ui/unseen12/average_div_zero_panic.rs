// Integer averages per team; a team with no scores divides by zero and the program panics.
fn integer_average(scores: &[u32]) -> u32 {
    let total: u32 = scores.iter().sum();
    total / scores.len() as u32
}

fn main() {
    let teams: Vec<(&str, Vec<u32>)> = vec![
        ("red", vec![12, 15, 9]),
        ("blue", vec![20, 22]),
        ("green", vec![]),
        ("gold", vec![7]),
    ];
    let mut checked = Vec::new();
    for (name, scores) in &teams {
        let avg = scores.iter().sum::<u32>().checked_div(scores.len() as u32);
        checked.push((name, avg));
    }
    println!("{:?}", checked);
    for (name, scores) in &teams {
        println!("{} averages {}", name, integer_average(scores));
    }
}
