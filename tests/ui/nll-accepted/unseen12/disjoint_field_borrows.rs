// Mutable borrows of two different fields of one struct at the same time.
struct Player {
    name: String,
    inventory: Vec<String>,
    gold: u32,
}

fn main() {
    let mut p = Player { name: String::from("Ayla"), inventory: vec![], gold: 30 };
    let inv = &mut p.inventory;
    let gold = &mut p.gold;
    inv.push(String::from("rope"));
    *gold -= 5;
    let name = &p.name;
    inv.push(format!("{}'s lamp", name));
    *gold -= 10;
    println!("{} has {:?} and {} gold", p.name, p.inventory, p.gold);
}
