// A round-robin tournament by the circle method, with a bye for an odd number of teams, and a results table.
fn schedule(teams: &[&str]) -> Vec<Vec<(String, String)>> {
    let mut names: Vec<String> = teams.iter().map(|t| t.to_string()).collect();
    if names.len() % 2 == 1 {
        names.push(String::from("-bye-"));
    }
    let n = names.len();
    let mut rounds = Vec::new();
    for _ in 0..n - 1 {
        let mut round = Vec::new();
        for i in 0..n / 2 {
            let home = &names[i];
            let away = &names[n - 1 - i];
            if home != "-bye-" && away != "-bye-" {
                round.push((home.clone(), away.clone()));
            }
        }
        rounds.push(round);
        let last = names.pop().unwrap();
        names.insert(1, last);
    }
    rounds
}

fn main() {
    let teams = ["Lions", "Tigers", "Bears", "Wolves", "Hawks"];
    let rounds = schedule(&teams);
    let mut points = vec![0u32; teams.len()];
    let mut seed = 7u32;
    for (r, games) in rounds.iter().enumerate() {
        println!("round {}:", r + 1);
        for (home, away) in games {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345) % 2147483648;
            let (h, a) = ((seed >> 8) % 4, (seed >> 16) % 4);
            println!("  {:<7} {} - {} {}", home, h, a, away);
            let hi = teams.iter().position(|t| t == home).unwrap();
            let ai = teams.iter().position(|t| t == away).unwrap();
            match h.cmp(&a) {
                std::cmp::Ordering::Greater => points[hi] += 3,
                std::cmp::Ordering::Less => points[ai] += 3,
                std::cmp::Ordering::Equal => {
                    points[hi] += 1;
                    points[ai] += 1;
                }
            }
        }
    }
    let games: usize = rounds.iter().map(|r| r.len()).sum();
    println!("{} rounds, {} games", rounds.len(), games);
    let mut table: Vec<(&str, u32)> = teams.iter().copied().zip(points.iter().copied()).collect();
    table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (i, (t, p)) in table.iter().enumerate() {
        println!("{}. {:<7} {:>2}", i + 1, t, p);
    }
}
