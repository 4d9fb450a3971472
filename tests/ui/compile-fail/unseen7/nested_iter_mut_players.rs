//@ compile-fail
// Comparing every player with every other one through two nested iter_mut() loops over one Vec.
struct Player {
    name: String,
    rating: i32,
}

fn main() {
    let mut players = vec![
        Player { name: "ann".into(), rating: 1500 },
        Player { name: "bob".into(), rating: 1420 },
    ];
    for a in players.iter_mut() {
        for b in players.iter_mut() { //~ ERROR E0499
            if a.rating > b.rating {
                a.rating += 5;
                b.rating -= 5;
            }
        }
    }
    for p in &players {
        println!("{} {}", p.name, p.rating);
    }
}
