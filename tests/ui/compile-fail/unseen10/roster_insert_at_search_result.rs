//@ compile-fail
// binary_search returns a Result, but it is passed straight to insert as the position.
fn main() {
    let mut roster = vec!["Alvarez", "Berg", "Okafor"];
    let name = "Nguyen";
    let pos = roster.binary_search(&name);
    roster.insert(pos, name); //~ ERROR E0308
    println!("{:?}", roster);
}
