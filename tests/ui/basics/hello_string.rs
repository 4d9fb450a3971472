// A String literal turned into an owned String: one heap allocation, freed at the end of main.
fn main() {
    let s = String::from("hello");
    println!("{s}, world");
    println!("len = {}", s.len());
}
