// A knockout tournament: players paired by chunks(2), byes for odd rounds, winners decided by seeded ratings.
#[derive(Debug, Clone)]
struct Player {
    name: String,
    rating: u32,
}

fn play_match(a: &Player, b: &Player, round: usize) -> Player {
    let upset = (a.rating + b.rating + round as u32) % 7 == 0;
    let stronger = if a.rating >= b.rating { a } else { b };
    let weaker = if a.rating >= b.rating { b } else { a };
    if upset { weaker.clone() } else { stronger.clone() }
}

fn run_round(players: Vec<Player>, round: usize) -> Vec<Player> {
    let mut next = Vec::new();
    for pair in players.chunks(2) {
        match pair {
            [a, b] => {
                let w = play_match(a, b, round);
                println!("  {:>8} ({:>4}) vs {:<8} ({:>4}) -> {}", a.name, a.rating, b.name, b.rating, w.name);
                next.push(w);
            }
            [a] => {
                println!("  {:>8} gets a bye", a.name);
                next.push(a.clone());
            }
            _ => unreachable!(),
        }
    }
    next
}

fn main() {
    let entries = [
        ("Ana", 1850), ("Ben", 1720), ("Cho", 2010), ("Dov", 1600), ("Eva", 1915),
        ("Fin", 1780), ("Gus", 1500),
    ];
    let mut players: Vec<Player> = entries.iter().map(|&(n, r)| Player { name: n.to_string(), rating: r }).collect();
    players.sort_by(|a, b| b.rating.cmp(&a.rating));
    let seeds: Vec<String> = players.iter().enumerate().map(|(i, p)| format!("{}.{}", i + 1, p.name)).collect();
    println!("seeds: {}", seeds.join(" "));
    let mut round = 1;
    while players.len() > 1 {
        println!("round {} ({} players)", round, players.len());
        players = run_round(players, round);
        round += 1;
    }
    let champion = players.pop().expect("someone wins");
    println!("champion: {} with rating {}", champion.name, champion.rating);
    println!("rounds played: {}", round - 1);
}
