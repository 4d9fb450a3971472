//@ compile-fail
// Adding a bonus to each player's score while iterating with iter() instead of iter_mut().
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut players = vec![Player { name: "ann".into(), score: 3 }, Player { name: "bob".into(), score: 5 }];
    for p in players.iter() {
        p.score += 10; //~ ERROR E0594
    }
    players.push(Player { name: "cat".into(), score: 0 });
    for p in &players {
        println!("{} {}", p.name, p.score);
    }
}
