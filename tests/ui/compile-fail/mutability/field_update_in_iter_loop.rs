//@ compile-fail
// Updating a field through the shared references yielded by `iter()`.
struct Player {
    score: u32,
}

fn main() {
    let mut players = vec![Player { score: 1 }, Player { score: 2 }];
    for p in players.iter() {
        p.score += 1; //~ ERROR E0594
    }
    println!("{}", players[0].score);
    players.clear();
}
