//@ compile-fail
// A reference to a temporary String used after the statement.
fn main() {
    let s: &str = &String::from("tmp").to_uppercase(); 
    let t: &str;
    t = String::from("x").as_str(); //~ ERROR E0716
    println!("{} {}", s, t);
}
