// A String literal turned into an owned String: one heap allocation, freed at the end of main.
fn main() {
    let s = String::from("hello");
    println!("{s}, world");
    println!("len = {}", s.len());
    let t = s.clone() + "!";
    println!("{t} len = {} cap = {}", t.len(), t.capacity());
    println!("{}", s == t);
    println!("{}", t.starts_with(s.as_str()));
}
