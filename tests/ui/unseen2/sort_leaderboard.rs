// Sorting a leaderboard: sort_by_key with Reverse, sort_by with then_with, binary_search, dedup_by_key.
use std::cmp::{Ordering, Reverse};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    player: String,
    points: u32,
    time_secs: u32,
}

fn entry(player: &str, points: u32, time_secs: u32) -> Entry {
    Entry { player: player.to_string(), points, time_secs }
}

fn rank(entries: &mut Vec<Entry>) {
    entries.sort_by(|a, b| {
        b.points
            .cmp(&a.points)
            .then_with(|| a.time_secs.cmp(&b.time_secs))
            .then(a.player.cmp(&b.player))
    });
}

fn main() {
    let mut board = vec![
        entry("zoe", 120, 300),
        entry("max", 150, 410),
        entry("ada", 120, 280),
        entry("bob", 90, 200),
        entry("kim", 150, 410),
        entry("ada", 60, 100),
    ];
    rank(&mut board);
    for (i, e) in board.iter().enumerate() {
        println!("{}. {:<4} {:>4} pts {:>3}s", i + 1, e.player, e.points, e.time_secs);
    }

    let mut by_name = board.clone();
    by_name.sort_by_key(|e| e.player.clone());
    by_name.dedup_by_key(|e| e.player.clone());
    let names: Vec<&str> = by_name.iter().map(|e| e.player.as_str()).collect();
    println!("distinct players: {:?}", names);

    let mut fastest = board.clone();
    fastest.sort_by_key(|e| (Reverse(e.points), e.time_secs));
    println!("top by points then time: {}", fastest[0].player);

    let mut points: Vec<u32> = board.iter().map(|e| e.points).collect();
    points.sort_unstable();
    points.dedup();
    println!("distinct scores {:?}", points);
    for target in [120, 100] {
        match points.binary_search(&target) {
            Ok(i) => println!("{} found at {}", target, i),
            Err(i) => println!("{} would go at {}", target, i),
        }
    }

    let mut natural = board.clone();
    natural.sort();
    println!("derived Ord first: {:?}", natural.first().map(|e| (&e.player, e.points)));
    let cmp = board[0].cmp(&board[1]);
    println!("board[0] vs board[1]: {:?}", cmp);
    println!("is_sorted by points desc: {}", board.windows(2).all(|w| w[0].points.cmp(&w[1].points) != Ordering::Less));
    let mut times: Vec<f64> = board.iter().map(|e| e.time_secs as f64 / 60.0).collect();
    times.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:.2?}", times);
}
