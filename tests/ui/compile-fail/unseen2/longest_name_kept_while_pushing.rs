//@ compile-fail
// A reference to the longest name is kept across loop iterations while the list grows.
fn main() {
    let mut names = vec![String::from("ann")];
    let mut longest = &names[0];
    for i in 0..3 {
        names.push(format!("name{}", i)); //~ ERROR E0502
        if names[i].len() > longest.len() {
            longest = &names[i];
        }
    }
    println!("{}", longest);
}
