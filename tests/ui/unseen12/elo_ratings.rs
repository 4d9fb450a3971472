// Elo ratings updated after a series of chess games, with expected scores as f64 and rounded ratings.
use std::collections::HashMap;

#[derive(Clone, Copy)]
enum Result3 {
    WhiteWins,
    BlackWins,
    Draw,
}

fn expected(a: f64, b: f64) -> f64 {
    1.0 / (1.0 + 10f64.powf((b - a) / 400.0))
}

fn play(ratings: &mut HashMap<&'static str, f64>, white: &'static str, black: &'static str, r: Result3) {
    let k = 32.0;
    let rw = ratings[white];
    let rb = ratings[black];
    let ew = expected(rw, rb);
    let sw = match r {
        Result3::WhiteWins => 1.0,
        Result3::BlackWins => 0.0,
        Result3::Draw => 0.5,
    };
    let dw = k * (sw - ew);
    *ratings.get_mut(white).unwrap() += dw;
    *ratings.entry(black).or_insert(1500.0) -= dw;
    println!("{:>6} vs {:<6} expected {:.3} change {:+.1}", white, black, ew, dw);
}

fn main() {
    let mut ratings: HashMap<&'static str, f64> = HashMap::new();
    for (name, r) in [("Magnus", 2000.0), ("Hikaru", 1900.0), ("Judit", 1800.0), ("Bobby", 1500.0)] {
        ratings.insert(name, r);
    }
    let games = [
        ("Magnus", "Hikaru", Result3::Draw),
        ("Judit", "Magnus", Result3::WhiteWins),
        ("Bobby", "Hikaru", Result3::WhiteWins),
        ("Hikaru", "Judit", Result3::BlackWins),
        ("Bobby", "Magnus", Result3::BlackWins),
        ("Judit", "Bobby", Result3::Draw),
    ];
    for (w, b, r) in games {
        play(&mut ratings, w, b, r);
    }
    let mut table: Vec<(&str, f64)> = ratings.iter().map(|(k, v)| (*k, *v)).collect();
    table.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    for (name, r) in &table {
        println!("{:<7} {:>7.1} ({})", name, r, r.round() as i64);
    }
    let sum: f64 = ratings.values().sum();
    println!("rating points conserved: {}", (sum - 7200.0).abs() < 1e-9);
    println!("{:.4} {:.4}", expected(1500.0, 1500.0), expected(2400.0, 2000.0));
}
