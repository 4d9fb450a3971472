//@ compile-fail
// Taking a String out of a Vec by indexing.
fn main() {
    let cities = vec![String::from("Lyon"), String::from("Nantes")];
    let first = cities[0]; //~ ERROR E0507
    println!("{} and {} cities", first, cities.len());
}
