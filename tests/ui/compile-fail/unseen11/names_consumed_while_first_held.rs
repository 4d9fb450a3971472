//@ compile-fail
// The first name is borrowed, then the whole Vec is passed by value to a function, then the name is used.
fn archive(names: Vec<String>) -> usize {
    names.len()
}

fn main() {
    let names = vec![String::from("Ada"), String::from("Linus")];
    let first = &names[0];
    let n = archive(names); //~ ERROR E0505
    println!("archived {} names, first was {}", n, first);
}
