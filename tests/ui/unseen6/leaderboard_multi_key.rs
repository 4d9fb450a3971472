// Sorting records by several keys: sort_by with then_with, Reverse keys, stable sorts, binary_search_by, dedup_by_key.
use std::cmp::{Ordering, Reverse};

#[derive(Debug, Clone, PartialEq)]
struct Run {
    player: &'static str,
    level: u32,
    time_ms: u32,
    deaths: u32,
}

fn main() {
    let mut runs = vec![
        Run { player: "mia", level: 3, time_ms: 95_000, deaths: 2 },
        Run { player: "oz", level: 5, time_ms: 120_500, deaths: 7 },
        Run { player: "kai", level: 5, time_ms: 118_000, deaths: 1 },
        Run { player: "mia", level: 5, time_ms: 118_000, deaths: 0 },
        Run { player: "lu", level: 3, time_ms: 80_250, deaths: 4 },
        Run { player: "oz", level: 4, time_ms: 99_999, deaths: 3 },
    ];
    runs.sort_by(|a, b| {
        b.level
            .cmp(&a.level)
            .then_with(|| a.time_ms.cmp(&b.time_ms))
            .then_with(|| a.deaths.cmp(&b.deaths))
    });
    println!("ranking:");
    for (i, r) in runs.iter().enumerate() {
        println!("{:>2}. {:<4} L{} {:>7.3}s {} deaths", i + 1, r.player, r.level, r.time_ms as f64 / 1000.0, r.deaths);
    }
    let mut by_player = runs.clone();
    by_player.sort_by_key(|r| r.player);
    let names: Vec<String> = by_player.iter().map(|r| format!("{}:L{}", r.player, r.level)).collect();
    println!("stable by player: {}", names.join(" "));
    by_player.dedup_by_key(|r| r.player);
    println!("one per player: {:?}", by_player.iter().map(|r| r.player).collect::<Vec<_>>());
    let mut deaths: Vec<u32> = runs.iter().map(|r| r.deaths).collect();
    deaths.sort_by_key(|&d| Reverse(d));
    println!("deaths descending: {:?}", deaths);
    let mut times: Vec<u32> = runs.iter().map(|r| r.time_ms).collect();
    times.sort_unstable();
    for probe in [99_999, 100_000] {
        match times.binary_search(&probe) {
            Ok(i) => println!("{} found at {}", probe, i),
            Err(i) => println!("{} would go at {}", probe, i),
        }
    }
    let slowest_l5 = runs.iter().filter(|r| r.level == 5).max_by(|a, b| a.time_ms.cmp(&b.time_ms)).map(|r| r.player);
    println!("slowest at level 5: {:?}", slowest_l5);
    let cmp = runs[0].time_ms.cmp(&runs[1].time_ms);
    println!("first vs second: {:?} ({})", cmp, cmp == Ordering::Equal);
    println!("is sorted by level desc: {}", runs.windows(2).all(|w| w[0].level >= w[1].level));
}
