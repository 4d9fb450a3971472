//@ compile-fail
// A name pushed into a list is printed afterwards, as a Python string stays usable after `list.append(name)`.
fn main() {
    let mut names: Vec<String> = Vec::new();
    let name = String::from("Grace");
    names.push(name);
    println!("added {}", name); //~ ERROR E0382
    println!("{:?}", names);
}
