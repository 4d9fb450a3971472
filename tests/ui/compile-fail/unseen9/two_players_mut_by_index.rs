//@ compile-fail
// Two mutable references into the same Vec are taken by index to transfer points between players.
struct Player {
    name: String,
    points: u32,
}

fn main() {
    let mut players = vec![
        Player { name: "ann".to_string(), points: 10 },
        Player { name: "ben".to_string(), points: 4 },
    ];
    let winner = &mut players[0];
    let loser = &mut players[1]; //~ ERROR E0499
    winner.points += loser.points;
    loser.points = 0;
    println!("{} has {}, {} has {}", winner.name, winner.points, loser.name, loser.points);
}
