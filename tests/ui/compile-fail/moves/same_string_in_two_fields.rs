//@ compile-fail
// Using one String for two fields of a struct literal moves it twice.
struct Team {
    lead: String,
    members: Vec<String>,
}

fn main() {
    let name = String::from("a");
    let t = Team { lead: name, members: vec![name] }; //~ ERROR E0382
    println!("{} {}", t.lead, t.members.len());
}
