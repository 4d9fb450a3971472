// Disjoint fields: a mutable borrow of one field while another field is borrowed
struct Player {
    name: String,
    inventory: Vec<String>,
    gold: u32,
}

fn main() {
    let mut p = Player { name: String::from("Rin"), inventory: vec![], gold: 10 };
    let name = &p.name;
    let inv = &mut p.inventory;
    inv.push(format!("{}'s sword", name));
    p.gold += inv.len() as u32;
    let g = &mut p.gold;
    *g *= 2;
    println!("{} {:?} {}", p.name, p.inventory, p.gold);
}
