//@ compile-fail
// The name returned by a getter is still in use when the field is reassigned.
struct Player {
    name: String,
    score: u32,
}

impl Player {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let mut player = Player { name: String::from("ann"), score: 3 };
    let n = player.name();
    player.name = String::from("bob"); //~ ERROR E0506
    println!("{} {}", n, player.score);
}
