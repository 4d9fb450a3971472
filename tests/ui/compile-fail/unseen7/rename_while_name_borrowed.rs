//@ compile-fail
// A player's name field is overwritten while a reference to the old name is printed later.
struct Player {
    name: String,
    level: u32,
}

fn main() {
    let mut player = Player { name: String::from("rookie"), level: 1 };
    let old_name = &player.name;
    player.level += 1;
    player.name = String::from("veteran"); //~ ERROR E0506
    println!("{} became {} at level {}", old_name, player.name, player.level);
}
